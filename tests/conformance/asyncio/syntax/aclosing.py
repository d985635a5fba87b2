# contextlib.aclosing closes an async generator that was not exhausted, at a known point.
import asyncio
import contextlib

async def lines():
    try:
        for i in range(10):
            await asyncio.sleep(0)
            yield f"line {i}"
    finally:
        print("lines() closed")

async def main():
    async with contextlib.aclosing(lines()) as gen:
        async for line in gen:
            print(line)
            if line.endswith("2"):
                break
        print("loop left, generator not closed yet")
    print("after aclosing")

asyncio.run(main())
