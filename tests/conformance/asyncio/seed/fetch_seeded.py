# conformance: realtime
# Seed demo 5 with random.seed(...) added so the printed delays are reproducible.
import asyncio
import random

random.seed(2024)

async def fetch_data(url):
    delay = random.uniform(0.5, 2)
    print(f"fetching {url}, delay={delay:.2f}s")
    await asyncio.sleep(delay)
    return f"data from {url}"

async def main():
    urls = [
        "https://api.service1.com",
        "https://api.service2.com",
        "https://api.service3.com",
    ]

    tasks = [fetch_data(url) for url in urls]
    results = await asyncio.gather(*tasks)

    for r in results:
        print(r)

asyncio.run(main())
