# One task fails: the group cancels its siblings and raises an ExceptionGroup.
# (CPython cancels the siblings in set order, so the cancelled names are printed sorted.)
import asyncio

cancelled = []

async def sibling(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise

async def failing():
    await asyncio.sleep(0.02)
    raise ValueError("task failed")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("a"))
            tg.create_task(failing())
            tg.create_task(sibling("b"))
    except ExceptionGroup as eg:
        print("cancelled by the group:", sorted(cancelled))
        print(type(eg).__name__, eg.message)
        print([repr(e) for e in eg.exceptions])

asyncio.run(main())
