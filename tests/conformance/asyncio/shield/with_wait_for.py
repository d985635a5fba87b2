# wait_for(shield(task)) times out but leaves the task running to completion.
import asyncio

async def slow_write():
    await asyncio.sleep(0.15)
    print("write committed")
    return 7

async def main():
    task = asyncio.create_task(slow_write())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.03)
    except TimeoutError:
        print("gave up waiting; task done?", task.done())
    print("task result later:", await task)

asyncio.run(main())
