# The outer waiter is cancelled; the shielded task later fails. Its exception is retrieved
# by awaiting it, so nothing is logged.
import asyncio

async def flaky():
    await asyncio.sleep(0.05)
    raise ValueError("failed after the caller left")

async def main():
    inner = asyncio.create_task(flaky())
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    await asyncio.sleep(0)
    print("outer cancelled:", outer.cancelled())
    try:
        await inner
    except ValueError as e:
        print("inner failed:", e)

asyncio.run(main())
