# Seed demo 5, seeded, printing the completion order (which depends on the seeded delays).
import asyncio
import random

random.seed(7)

async def fetch_data(url):
    delay = random.uniform(0.05, 0.5)
    print(f"fetching {url}, delay={delay:.2f}s")
    await asyncio.sleep(delay)
    print(f"got {url}")
    return f"data from {url}"

async def main():
    urls = [f"https://api.service{i}.com" for i in range(1, 6)]
    results = await asyncio.gather(*[fetch_data(u) for u in urls])
    for r in results:
        print(r)

asyncio.run(main())
