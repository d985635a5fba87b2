# TypeError messages for awaiting various non-awaitables, caught.
import asyncio

def plain():
    return None

async def main():
    for value in (5, None, "text", [1], plain):
        try:
            await value
        except TypeError as e:
            print("TypeError:", str(e).split(" at 0x")[0])

asyncio.run(main())
