# gather() with no arguments is an already-done future resolving to [].
import asyncio

async def main():
    g = asyncio.gather()
    print(g.done(), await g)

asyncio.run(main())
