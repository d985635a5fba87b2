# The body of the async with raising cancels the tasks; the error joins the group.
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("worker cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
            await asyncio.sleep(0.01)
            raise KeyError("from the body")
    except* KeyError as g:
        print("caught", [repr(e) for e in g.exceptions])

asyncio.run(main())
