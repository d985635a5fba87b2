# Single-flight cache: concurrent callers for the same key share one in-flight fetch.
import asyncio

fetch_count = 0

async def slow_fetch(key):
    global fetch_count
    fetch_count += 1
    await asyncio.sleep(0.03)
    return f"value-of-{key}"

class Cache:
    def __init__(self):
        self.results = {}
    async def get(self, key):
        fut = self.results.get(key)
        if fut is None:
            fut = self.results[key] = asyncio.ensure_future(slow_fetch(key))
        return await fut

async def main():
    cache = Cache()
    values = await asyncio.gather(*(cache.get(k) for k in "aabacbba"))
    print(values)
    print("fetches:", fetch_count)
    print(await cache.get("a"), "fetches:", fetch_count)

asyncio.run(main())
