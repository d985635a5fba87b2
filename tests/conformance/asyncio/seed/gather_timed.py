# conformance: realtime
# Seed demos 2 and 3 side by side, timed with perf_counter: serial ~0.6 s, concurrent ~0.3 s.
import asyncio
import time

async def task(name):
    print(f"{name} start")
    await asyncio.sleep(0.3)
    print(f"{name} end")

async def serial():
    await task("A")
    await task("B")

async def concurrent():
    await asyncio.gather(task("A"), task("B"), task("C"))

t0 = time.perf_counter()
asyncio.run(serial())
print(f"serial took {time.perf_counter() - t0:.1f}s")
t0 = time.perf_counter()
asyncio.run(concurrent())
print(f"gather took {time.perf_counter() - t0:.1f}s")
