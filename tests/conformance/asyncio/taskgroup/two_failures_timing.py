# Two failures at different times: the second task is cancelled before it can fail,
# so the group holds only the first error.
import asyncio

async def fail(msg, d):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print(msg, "cancelled before failing")
        raise
    raise RuntimeError(msg)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("early", 0.01))
            tg.create_task(fail("late", 0.2))
    except ExceptionGroup as eg:
        print([str(e) for e in eg.exceptions])

asyncio.run(main())
