# conformance: stderr=full
# The same failing task, but its exception is retrieved: nothing is logged.
import asyncio

async def doomed():
    await asyncio.sleep(0)
    raise ValueError("seen")

async def main():
    t = asyncio.create_task(doomed())
    await asyncio.sleep(0.01)
    print("exception:", repr(t.exception()))

asyncio.run(main())
