# Ping-pong through two queues: strict alternation.
import asyncio

async def pinger(inq, outq, n):
    for i in range(n):
        await outq.put(i)
        r = await inq.get()
        print("ping got", r)

async def ponger(inq, outq, n):
    for _ in range(n):
        v = await inq.get()
        print("pong got", v)
        await outq.put(v * 10)

async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    await asyncio.gather(pinger(a, b, 3), ponger(b, a, 3))

asyncio.run(main())
