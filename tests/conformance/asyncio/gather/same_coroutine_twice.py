# The same awaitable passed twice to gather is run once and reported twice.
import asyncio

async def main():
    calls = 0
    async def once():
        nonlocal calls
        calls += 1
        await asyncio.sleep(0)
        return "r"
    t = asyncio.ensure_future(once())
    print(await asyncio.gather(t, t, t))
    print("calls:", calls)

asyncio.run(main())
