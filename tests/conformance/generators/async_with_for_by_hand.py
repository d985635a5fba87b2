# async with / async for over hand-written __aenter__/__aexit__/__aiter__/__anext__, driven by send.
class Pause:
    def __await__(self):
        return (yield)

class Conn:
    async def __aenter__(self):
        await Pause()
        print("open")
        return self
    async def __aexit__(self, et, e, tb):
        await Pause()
        print("close", et.__name__ if et else None)
        return et is KeyError

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Pause()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    async with Conn() as c:
        print("inside", type(c).__name__)
        async for x in Countdown(3):
            print("count", x)
    async with Conn():
        raise KeyError("suppressed by __aexit__")
    print("after suppression")
    return "main done"

coro = main()
steps = 0
while True:
    try:
        coro.send(None)
        steps += 1
    except StopIteration as s:
        print(s.value, "after", steps, "suspensions")
        break
