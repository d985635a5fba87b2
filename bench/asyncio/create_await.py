# 100k create_task + await, one after the other: spawn, first step, completion, wake-up.
import asyncio
import time

N = 100_000

async def leaf(i):
    return i

async def main():
    t0 = time.perf_counter()
    total = 0
    for i in range(N):
        total += await asyncio.create_task(leaf(i))
    assert total == N * (N - 1) // 2
    return time.perf_counter() - t0

print(f"create_await {asyncio.run(main()):.3f}")
