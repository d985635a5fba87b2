# shield(coroutine) wraps it in a task which keeps running after the outer cancel;
# the main program waits for it through all_tasks.
import asyncio

async def job():
    try:
        await asyncio.sleep(0.05)
        print("shielded coroutine completed")
    finally:
        print("job finally")

async def main():
    outer = asyncio.ensure_future(asyncio.shield(job()))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    others = asyncio.all_tasks() - {asyncio.current_task()}
    print("tasks still running:", len(others))
    await asyncio.gather(*others)

asyncio.run(main())
