# gather of gathers nests the result lists.
import asyncio

async def v(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    res = await asyncio.gather(
        asyncio.gather(v(1, 0.03), v(2, 0.01)),
        asyncio.gather(v(3, 0.02)),
        v(4, 0),
    )
    print(res)

asyncio.run(main())
