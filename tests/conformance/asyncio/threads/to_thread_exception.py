# An exception raised in the thread is re-raised at the await.
import asyncio

def parse(s):
    return int(s)

async def main():
    try:
        await asyncio.to_thread(parse, "nope")
    except ValueError as e:
        print("ValueError:", e)
    print(await asyncio.to_thread(parse, "12"))

asyncio.run(main())
