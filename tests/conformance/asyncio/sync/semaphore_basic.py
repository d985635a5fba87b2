# Semaphore(2) lets at most two tasks in; locked() when the counter is zero.
import asyncio

inside = 0
peak = 0

async def worker(i, sem):
    global inside, peak
    async with sem:
        inside += 1
        peak = max(peak, inside)
        print("worker", i, "in; locked =", sem.locked())
        await asyncio.sleep(0.02)
        inside -= 1
    print("worker", i, "out")

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(i, sem) for i in range(5)))
    print("peak:", peak, "locked at end:", sem.locked())

asyncio.run(main())
