# generator.send(): priming, receiving values, running averages, coroutine-style consumers.
def averager():
    total, count = 0, 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
print(avg.send(None))
for v in (10, 20, 30, 5):
    print(avg.send(v))

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
next(e)
print(e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("finished with", stop.value)

g = averager()
try:
    g.send(5)
except TypeError as err:
    print("TypeError:", err)

def accumulate():
    total = 0
    while True:
        delta = yield total
        total += delta or 0
acc = accumulate()
print(next(acc), acc.send(5), next(acc), acc.send(10))
