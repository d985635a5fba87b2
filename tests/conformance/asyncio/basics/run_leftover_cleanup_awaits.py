# A leftover task may await during its cancellation cleanup; asyncio.run waits for it.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cleanup begins")
        await asyncio.sleep(0.05)
        print("cleanup ends")
        raise

async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
print("after run")
