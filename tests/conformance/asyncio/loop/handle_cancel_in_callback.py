# A timer cancelled by another callback before it fires never runs.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    later = loop.call_later(0.05, print, "should not print")
    loop.call_later(0.01, later.cancel)
    loop.call_later(0.01, print, "canceller ran")
    await asyncio.sleep(0.1)
    print("later cancelled:", later.cancelled())

asyncio.run(main())
