# A class implementing __aiter__/__anext__, consumed by async for; StopAsyncIteration ends it.
import asyncio

class Countdown:
    def __init__(self, start):
        self.n = start
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1

async def main():
    async for i in Countdown(3):
        print("countdown", i)
    print([i async for i in Countdown(5)])
    it = Countdown(1)
    print(await anext(it))
    print(await anext(it, "exhausted"))

asyncio.run(main())
