# Async methods, async properties via awaitable attributes, and async classmethods.
import asyncio

class Store:
    instances = 0
    def __init__(self):
        self.data = {}
    @classmethod
    async def create(cls):
        await asyncio.sleep(0)
        cls.instances += 1
        return cls()
    async def put(self, k, v):
        await asyncio.sleep(0)
        self.data[k] = v
    async def get(self, k, default=None):
        await asyncio.sleep(0)
        return self.data.get(k, default)
    def __repr__(self):
        return f"Store({self.data})"

async def main():
    s = await Store.create()
    await asyncio.gather(*(s.put(k, i) for i, k in enumerate("abc")))
    print(s, await s.get("b"), await s.get("z", "missing"), Store.instances)

asyncio.run(main())
