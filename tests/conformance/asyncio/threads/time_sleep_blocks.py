# conformance: realtime
# time.sleep inside a coroutine blocks the whole loop: the "concurrent" tasks run one after
# another (0.6 s), unlike asyncio.sleep (0.2 s).
import asyncio
import time

async def blocking(name):
    print(name, "start")
    time.sleep(0.2)
    print(name, "end")

async def polite(name):
    print(name, "start")
    await asyncio.sleep(0.2)
    print(name, "end")

async def main():
    t0 = time.perf_counter()
    await asyncio.gather(blocking("A"), blocking("B"), blocking("C"))
    print(f"time.sleep version: {time.perf_counter() - t0:.1f}s")
    t0 = time.perf_counter()
    await asyncio.gather(polite("A"), polite("B"), polite("C"))
    print(f"asyncio.sleep version: {time.perf_counter() - t0:.1f}s")

asyncio.run(main())
