# conformance: realtime
# Several blocking calls in to_thread run side by side: three 0.2 s sleeps take ~0.2 s.
import asyncio
import time

def work(n):
    time.sleep(0.2)
    return n * n

async def main():
    t0 = time.perf_counter()
    results = await asyncio.gather(*(asyncio.to_thread(work, n) for n in range(3)))
    print(results, f"{time.perf_counter() - t0:.1f}s")

asyncio.run(main())
