# A child that swallows its cancellation finishes normally; the group's error is still raised.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
    await asyncio.sleep(0.02)
    print("stubborn finished its work")
    return "done"

async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("bad")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            s = tg.create_task(stubborn())
            tg.create_task(bad())
    except* ValueError:
        print("ValueError group; stubborn result:", s.result())

asyncio.run(main())
