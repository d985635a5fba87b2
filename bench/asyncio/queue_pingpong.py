# 200k items through a pair of Queues between two tasks (each hand-off wakes the other).
import asyncio
import time

N = 200_000

async def ping(out_q, in_q):
    for i in range(N):
        await out_q.put(i)
        await in_q.get()

async def pong(in_q, out_q):
    for _ in range(N):
        v = await in_q.get()
        await out_q.put(v)

async def main():
    a, b = asyncio.Queue(maxsize=1), asyncio.Queue(maxsize=1)
    t0 = time.perf_counter()
    await asyncio.gather(ping(a, b), pong(a, b))
    return time.perf_counter() - t0

print(f"queue_pingpong {asyncio.run(main()):.3f}")
