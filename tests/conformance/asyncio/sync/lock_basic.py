# Lock: async with serialises the critical sections; locked() reflects the state.
import asyncio

async def worker(name, lock):
    async with lock:
        print(name, "enters, locked =", lock.locked())
        await asyncio.sleep(0.01)
        print(name, "leaves")

async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    await asyncio.gather(*(worker(f"w{i}", lock) for i in range(3)))
    print("locked:", lock.locked())

asyncio.run(main())
