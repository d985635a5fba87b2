# Cancelling the shielded task itself does propagate to the waiter.
import asyncio

async def work():
    await asyncio.sleep(1)

async def main():
    inner = asyncio.create_task(work())
    asyncio.get_running_loop().call_later(0.02, inner.cancel)
    try:
        await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("shield raised CancelledError because the inner task was cancelled")
    print("main still running, cancelling() =", asyncio.current_task().cancelling())

asyncio.run(main())
