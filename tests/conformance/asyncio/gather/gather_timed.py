# conformance: realtime
# Three concurrent sleeps of 0.1, 0.2 and 0.3 s finish together in about 0.3 s.
import asyncio
import time

async def main():
    t0 = time.perf_counter()
    r = await asyncio.gather(asyncio.sleep(0.1, "a"), asyncio.sleep(0.2, "b"), asyncio.sleep(0.3, "c"))
    print(r, f"{time.perf_counter() - t0:.1f}s")

asyncio.run(main())
