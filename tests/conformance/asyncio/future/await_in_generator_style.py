# A Future's __await__ can be driven with yield from inside a custom awaitable.
import asyncio

class Delayed:
    def __init__(self, value, delay):
        self.value, self.delay = value, delay
    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(self.delay, fut.set_result, self.value)
        result = yield from fut.__await__()
        return result * 2

async def main():
    print(await Delayed(21, 0.01))
    print(await asyncio.gather(Delayed(1, 0.02), Delayed(2, 0.01)))

asyncio.run(main())
