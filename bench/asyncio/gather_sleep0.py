# 100k tasks gathered over sleep(0): task creation, one bare yield each, gather's callbacks.
import asyncio
import time

N = 100_000

async def work(i):
    await asyncio.sleep(0)
    return i

async def main():
    t0 = time.perf_counter()
    results = await asyncio.gather(*[work(i) for i in range(N)])
    assert sum(results) == N * (N - 1) // 2
    return time.perf_counter() - t0

print(f"gather_sleep0 {asyncio.run(main()):.3f}")
