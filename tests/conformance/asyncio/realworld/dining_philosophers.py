# Dining philosophers with asyncio.Lock forks and resource ordering; everyone eats 2 times.
import asyncio

async def philosopher(i, forks, meals, log):
    left, right = i, (i + 1) % len(forks)
    first, second = min(left, right), max(left, right)
    for _ in range(meals):
        async with forks[first]:
            async with forks[second]:
                log.append(i)
                await asyncio.sleep(0.01)
        await asyncio.sleep(0)

async def main():
    forks = [asyncio.Lock() for _ in range(5)]
    log = []
    await asyncio.gather(*(philosopher(i, forks, 2, log) for i in range(5)))
    print("meals eaten:", len(log), "per philosopher:", [log.count(i) for i in range(5)])

asyncio.run(main())
