# Async generators driven by hand: __anext__().send(None), asend, athrow, aclose.
class Pause:
    def __await__(self):
        return (yield "tick")

async def ticker(n):
    try:
        for i in range(n):
            await Pause()
            received = yield i
            if received:
                print("  ticker received", received)
    finally:
        print("  ticker finally")

def drive(awaitable, replies=()):
    """Runs an awaitable to completion, answering each suspension."""
    it = awaitable.__await__()
    value = None
    while True:
        try:
            print("  suspended:", it.send(value))
        except StopIteration as s:
            return s.value

agen = ticker(3)
print(type(agen).__name__)
print("first:", drive(agen.__anext__()))
print("asend:", drive(agen.asend("hello")))
print("third:", drive(agen.__anext__()))
try:
    drive(agen.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")

async def collect():
    out = []
    async for x in ticker(2):
        out.append(x)
    return out
print("collected:", drive(collect()))

agen2 = ticker(5)
drive(agen2.__anext__())
drive(agen2.aclose())
print("after aclose")
async def catcher():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
agen3 = catcher()
print(drive(agen3.__anext__()), drive(agen3.athrow(ValueError("x"))))
async def comp():
    return [x * 10 async for x in ticker(3) if x != 1]
print(drive(comp()))
