# conformance: error
# A TaskGroup with one failure, uncaught.
import asyncio

async def bad():
    raise ValueError("inside the group")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad())
    print("not reached")

asyncio.run(main())
