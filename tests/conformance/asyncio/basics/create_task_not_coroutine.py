# create_task insists on a coroutine.
import asyncio

def plain():
    return 1

async def main():
    for bad in (plain, 3, asyncio.sleep):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError:", str(e).split(" at 0x")[0])  # no addresses

asyncio.run(main())
