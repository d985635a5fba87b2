# Async comprehensions: async for and await inside list/set/dict comprehensions and genexps.
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def square(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    print([x async for x in numbers(5)])
    print([await square(x) for x in range(5)])
    print(sorted({x % 3 async for x in numbers(10)}))
    print({x: await square(x) async for x in numbers(4) if x})
    gen = (await square(x) async for x in numbers(3))
    print(type(gen).__name__, [v async for v in gen])

asyncio.run(main())
