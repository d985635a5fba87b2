# Handle/TimerHandle objects: cancel(), cancelled(), when(); a cancelled call_soon never runs.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, "never printed")
    print(type(h).__name__, h.cancelled())
    h.cancel()
    print("cancelled:", h.cancelled())
    th = loop.call_later(10, print, "never either")
    print(type(th).__name__, th.when() > loop.time())
    th.cancel()
    th.cancel()
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
