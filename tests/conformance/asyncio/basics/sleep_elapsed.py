# conformance: realtime
# Elapsed time of sleeps measured with time.perf_counter and loop.time, rounded to 0.1 s.
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    t0 = time.perf_counter()
    l0 = loop.time()
    await asyncio.sleep(0.2)
    print(f"after one sleep: {time.perf_counter() - t0:.1f}")
    await asyncio.sleep(0.3)
    print(f"after two sleeps: {time.perf_counter() - t0:.1f}")
    print(f"loop clock agrees: {loop.time() - l0:.1f}")

asyncio.run(main())
