# Lock hand-off: the releasing task continues before the next owner runs.
import asyncio

async def user(name, lock):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0)
        print(name, "releasing")
    print(name, "released")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(user("A", lock), user("B", lock), user("C", lock))

asyncio.run(main())
