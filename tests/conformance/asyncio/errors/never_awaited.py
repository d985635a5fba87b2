# conformance: stderr=full
# Calling a coroutine function without awaiting it: nothing runs, and CPython warns.
import asyncio

async def greet():
    print("this never prints")

async def main():
    greet()
    print("main finished")

asyncio.run(main())
