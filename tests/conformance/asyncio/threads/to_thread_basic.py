# asyncio.to_thread runs a blocking function without blocking the loop; args and kwargs pass.
import asyncio
import time

def blocking_sum(a, b, *, scale=1):
    time.sleep(0.05)
    return (a + b) * scale

async def main():
    print(await asyncio.to_thread(blocking_sum, 2, 3))
    print(await asyncio.to_thread(blocking_sum, 2, 3, scale=10))

asyncio.run(main())
