# Blocked getters are woken in the order they started waiting.
import asyncio

async def getter(name, q):
    v = await q.get()
    print(name, "got", v)

async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(f"g{i}", q)) for i in range(4)]
    await asyncio.sleep(0)
    for v in "ABCD":
        q.put_nowait(v)
    await asyncio.gather(*tasks)

asyncio.run(main())
