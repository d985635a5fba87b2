# Catching a cancel, calling uncancel(), and carrying on: a later timeout still works.
import asyncio

async def main():
    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.01, me.cancel)
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelled; uncancel ->", me.uncancel())
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout still works after uncancel")

asyncio.run(main())
