# call_later callbacks fire in deadline order; cancel() on a handle prevents it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.03, print, "third")
    loop.call_later(0.01, print, "first")
    h = loop.call_later(0.02, print, "cancelled one")
    loop.call_later(0.02, print, "second")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    await asyncio.sleep(0.05)
    print("done")

asyncio.run(main())
