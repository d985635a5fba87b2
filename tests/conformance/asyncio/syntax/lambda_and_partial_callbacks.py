# Callbacks given as lambdas, bound methods and functools.partial, with positional args.
import asyncio
import functools

class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, by):
        self.n += by
        print("bump by", by, "->", self.n)

async def main():
    loop = asyncio.get_running_loop()
    c = Counter()
    loop.call_soon(c.bump, 1)
    loop.call_soon(functools.partial(c.bump, by=10))
    loop.call_soon(lambda: c.bump(100))
    loop.call_later(0.01, c.bump, 1000)
    await asyncio.sleep(0.02)
    print("final", c.n)

asyncio.run(main())
