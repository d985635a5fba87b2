# conformance: error
# sys.exit inside a coroutine ends the program with that status.
import asyncio
import sys

async def main():
    print("exiting with 3")
    await asyncio.sleep(0)
    sys.exit(3)

asyncio.run(main())
print("not reached")
