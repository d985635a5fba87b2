# A web-crawler simulation over a seeded random link graph: 4 workers, a shared queue, a
# visited set and simulated latencies. Completion order depends on timing details, so the
# program prints order-independent results: what was reached and the total simulated cost.
import asyncio
import random

random.seed(12345)
PAGES = [f"/page{i}" for i in range(30)]
LINKS = {p: random.sample(PAGES, 2) for p in PAGES}
LATENCY = {p: random.randint(1, 5) / 100 for p in PAGES}

async def fetch(url):
    await asyncio.sleep(LATENCY[url])
    return LINKS[url]

async def crawl(start, workers=4):
    seen = {start}
    queue = asyncio.Queue()
    queue.put_nowait(start)
    fetched = []

    async def worker():
        while True:
            url = await queue.get()
            try:
                for link in await fetch(url):
                    if link not in seen:
                        seen.add(link)
                        queue.put_nowait(link)
                fetched.append(url)
            finally:
                queue.task_done()

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    await queue.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return fetched

async def main():
    fetched = await crawl("/page0")
    print("crawled", len(fetched), "pages, each once:", len(set(fetched)) == len(fetched))
    print("reached:", sorted(fetched, key=lambda p: int(p[5:])))
    print("unreached:", sorted(set(PAGES) - set(fetched), key=lambda p: int(p[5:])))
    print(f"simulated fetch time: {sum(LATENCY[p] for p in fetched):.2f}s")

asyncio.run(main())
