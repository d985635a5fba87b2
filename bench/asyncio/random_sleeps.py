# 10k tasks with random sleeps (up to 10 s of loop time; run with --virtual-time in aioplay,
# so only the timer heap and the wake-ups are measured). CPython really waits, so its time
# here is dominated by sleeping: compare the CPU time printed second.
import asyncio
import random
import time

N = 10_000
random.seed(5)

async def sleeper(d):
    await asyncio.sleep(d)
    return d

async def main():
    t0, c0 = time.perf_counter(), time.process_time()
    delays = [random.uniform(0, 10) for _ in range(N)]
    await asyncio.gather(*[sleeper(d) for d in delays])
    return time.perf_counter() - t0, time.process_time() - c0

wall, cpu = asyncio.run(main())
print(f"random_sleeps {wall:.3f} cpu {cpu:.3f}")
