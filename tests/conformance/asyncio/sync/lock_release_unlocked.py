# Releasing an unlocked Lock raises RuntimeError; acquire returns True.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire())
    lock.release()
    print(lock.locked())

asyncio.run(main())
