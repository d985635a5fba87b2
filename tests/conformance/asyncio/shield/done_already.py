# shield of an already-finished future returns it unchanged.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(3)
    s = asyncio.shield(f)
    print(s is f, await s)

asyncio.run(main())
