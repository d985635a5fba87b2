# time.time/monotonic/perf_counter all advance with asyncio.sleep (deltas rounded).
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    a = (time.time(), time.monotonic(), time.perf_counter(), loop.time())
    await asyncio.sleep(0.2)
    b = (time.time(), time.monotonic(), time.perf_counter(), loop.time())
    print([f"{y - x:.1f}" for x, y in zip(a, b)])
    print(time.monotonic() <= loop.time() + 1)

asyncio.run(main())
