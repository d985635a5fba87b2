# async with asyncio.timeout(): the block is cancelled and TimeoutError raised at exit.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.05):
            print("inside")
            await asyncio.sleep(1)
            print("never")
    except TimeoutError:
        print("TimeoutError caught outside the block")
    async with asyncio.timeout(0.5):
        await asyncio.sleep(0.01)
        print("fast block finished")

asyncio.run(main())
