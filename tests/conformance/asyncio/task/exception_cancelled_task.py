# Awaiting a task that raised CancelledError itself (not via cancel()) marks it cancelled.
import asyncio

async def raises_cancel():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("self-inflicted")

async def main():
    t = asyncio.create_task(raises_cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", e.args)
    print("cancelled:", t.cancelled())
    print("main cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
