# async def / await / async for / async with / async comprehensions compile and run when driven by hand.
class suspend:
    """Suspends the coroutine once, handing `tag` to whoever drives it."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await suspend(f"tick{self.i}")
        return self.i
class Guard:
    async def __aenter__(self):
        await suspend("enter")
        return "guarded"
    async def __aexit__(self, *exc):
        await suspend("exit")
async def agen():
    for i in range(3):
        yield i * i
async def main():
    async with Guard() as g:
        total = 0
        async for i in Ticker(3):
            total += i
    squares = [x async for x in agen()]
    evens = {x: x % 2 == 0 async for x in agen()}
    awaited = [await suspend(f"inline{i}") for i in range(2)]
    return g, total, squares, evens, awaited
coro = main()
seen = []
reply = None
while True:
    try:
        tag = coro.send(reply)
    except StopIteration as s:
        print(s.value)
        break
    seen.append(tag)
    reply = tag.upper()
print(seen)
