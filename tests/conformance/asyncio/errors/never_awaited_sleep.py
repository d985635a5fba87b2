# conformance: stderr=full
# Forgetting `await` on asyncio.sleep: no delay happens, and CPython warns about 'sleep'.
import asyncio
import time

async def main():
    t0 = time.perf_counter()
    asyncio.sleep(0.2)
    print("returned at once:", time.perf_counter() - t0 < 0.15)

asyncio.run(main())
