# wait_for on a Task cancels that task on timeout.
import asyncio

async def sleeper():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(sleeper())
    try:
        await asyncio.wait_for(t, 0.02)
    except TimeoutError:
        print("timeout")
    print("task cancelled:", t.cancelled())

asyncio.run(main())
