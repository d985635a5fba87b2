# timeout <= 0: a coroutine is cancelled at once unless the awaitable is already done.
import asyncio

async def slow():
    print("slow started?")
    await asyncio.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(slow(), 0)
    except TimeoutError:
        print("timed out immediately")
    done = loop.create_future()
    done.set_result("already done")
    print(await asyncio.wait_for(done, 0))

asyncio.run(main())
