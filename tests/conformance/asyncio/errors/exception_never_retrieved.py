# conformance: stderr=full
# A task fails and nobody looks at its exception: logged when the task is destroyed.
import asyncio

async def doomed():
    await asyncio.sleep(0)
    raise ValueError("nobody will see this... except the log")

async def main():
    asyncio.create_task(doomed())
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
