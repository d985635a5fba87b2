# cancelling() counts pending cancel requests; uncancel() decrements it.
import asyncio

async def target():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print("inside: cancelling =", me.cancelling())
        print("uncancel ->", me.uncancel())
        print("uncancel again ->", me.uncancel())
        await asyncio.sleep(0.01)
        return "recovered"

async def main():
    t = asyncio.create_task(target())
    await asyncio.sleep(0)
    print("before:", t.cancelling())
    t.cancel()
    t.cancel()
    print("after two cancel():", t.cancelling())
    print(await t, t.cancelled())

asyncio.run(main())
