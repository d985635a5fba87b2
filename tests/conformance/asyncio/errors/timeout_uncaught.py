# conformance: error
# An uncaught TimeoutError from wait_for ends the program (last line: TimeoutError).
import asyncio

async def main():
    print("waiting at most 0.05s")
    await asyncio.wait_for(asyncio.sleep(1), 0.05)

asyncio.run(main())
