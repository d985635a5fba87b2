# Native coroutines (async def) driven by hand with coro.send(None), no event loop.
class Suspend:
    """An awaitable that suspends once, handing a value to the driver."""
    def __init__(self, label):
        self.label = label
    def __await__(self):
        reply = yield f"suspend:{self.label}"
        return f"{self.label}->{reply}"

async def leaf(n):
    a = await Suspend(f"leaf{n}a")
    b = await Suspend(f"leaf{n}b")
    return [a, b]

async def root():
    first = await leaf(1)
    second = await leaf(2)
    return first + second

coro = root()
print(type(coro).__name__)
value = None
step = 0
while True:
    try:
        yielded = coro.send(value)
    except StopIteration as stop:
        print("result:", stop.value)
        break
    step += 1
    print("driver saw", yielded)
    value = f"r{step}"

async def simple():
    return 42
c = simple()
try:
    c.send(None)
except StopIteration as stop:
    print("simple returned", stop.value)
async def noop():
    pass
c2 = noop()
c2.close()
print("closed unstarted coroutine cleanly")
