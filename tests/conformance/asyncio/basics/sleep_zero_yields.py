# sleep(0) gives other ready tasks a turn exactly once.
import asyncio

async def other():
    print("other runs")

async def main():
    asyncio.create_task(other())
    print("before sleep(0)")
    await asyncio.sleep(0)
    print("after sleep(0)")

asyncio.run(main())
