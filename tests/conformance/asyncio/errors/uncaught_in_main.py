# conformance: error
# An exception escaping main ends asyncio.run: traceback on stderr, exit status 1.
import asyncio

async def main():
    print("about to fail")
    await asyncio.sleep(0)
    raise ValueError("something went wrong in main")

asyncio.run(main())
print("not reached")
