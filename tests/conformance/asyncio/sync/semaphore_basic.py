# Semaphore(2) lets at most two tasks in; locked() when the counter is zero. Hold times
# differ by at least 0.05 s so every hand-off happens at a distinct moment.
import asyncio

HOLD = [0.05, 0.1, 0.15, 0.2, 0.25]
inside = 0
peak = 0

async def worker(i, sem):
    global inside, peak
    async with sem:
        inside += 1
        peak = max(peak, inside)
        print("worker", i, "in; locked =", sem.locked())
        await asyncio.sleep(HOLD[i])
        inside -= 1
    print("worker", i, "out")

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(i, sem) for i in range(5)))
    print("peak:", peak, "locked at end:", sem.locked())

asyncio.run(main())
