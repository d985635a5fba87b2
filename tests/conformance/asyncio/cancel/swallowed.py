# A task that catches CancelledError and returns normally is not cancelled; without an
# uncancel() its cancelling() count stays at 1.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("caught cancel, returning normally")
    return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)
    print("cancelled:", t.cancelled(), "cancelling:", t.cancelling())

asyncio.run(main())
