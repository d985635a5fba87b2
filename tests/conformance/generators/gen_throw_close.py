# generator.throw() and close(): exceptions at the yield point, finally blocks, GeneratorExit.
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled ValueError inside:", e)
    finally:
        print("worker cleanup")

w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad input"))
w.send(2)
w.close()
print("closed")
w.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit caught")
        raise
s = stubborn()
next(s)
s.close()

def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(b, "exhausted"))

def g():
    yield 1
    yield 2
gen = g()
next(gen)
try:
    gen.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(gen))
def catches_and_yields():
    while True:
        try:
            yield "normal"
        except Exception as e:
            yield f"recovered from {type(e).__name__}"
c = catches_and_yields()
print(next(c), c.throw(TypeError), next(c), c.throw(IndexError("i")))
fresh = g()
try:
    fresh.throw(ValueError("before start"))
except ValueError as e:
    print("unstarted throw:", e)
