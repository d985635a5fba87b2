# conformance: error
# Awaiting a non-awaitable object is a TypeError.
import asyncio

def not_async():
    return 5

async def main():
    print("before")
    await not_async()

asyncio.run(main())
