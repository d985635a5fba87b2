# Push-based pipeline of coroutine-style generators (send), with a sink collecting results.
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def sink(results):
    while True:
        item = yield
        results.append(item)
@coroutine
def filter_stage(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
@coroutine
def map_stage(fn, target):
    try:
        while True:
            target.send(fn((yield)))
    except GeneratorExit:
        print("map stage closed")
@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
evens, squares = [], []
pipe = broadcast(filter_stage(lambda x: x % 2 == 0, sink(evens)), map_stage(lambda x: x * x, sink(squares)))
for i in range(6):
    pipe.send(i)
print(evens, squares)
m = map_stage(str, sink([]))
m.close()
