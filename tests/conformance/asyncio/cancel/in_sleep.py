# Cancellation is thrown into the task at its await on sleep; finally blocks run.
import asyncio

async def sleeper():
    try:
        print("sleeping")
        await asyncio.sleep(10)
    finally:
        print("finally runs")

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())

asyncio.run(main())
