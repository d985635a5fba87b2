# wait_for on a plain Future: timeout cancels the future.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        await asyncio.wait_for(fut, 0.02)
    except TimeoutError:
        print("timeout; future cancelled:", fut.cancelled())
    fut2 = loop.create_future()
    loop.call_later(0.01, fut2.set_result, 99)
    print(await asyncio.wait_for(fut2, 1))

asyncio.run(main())
