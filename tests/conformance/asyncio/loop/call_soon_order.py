# call_soon callbacks run FIFO, with their arguments, after the current step.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for i in range(5):
        loop.call_soon(print, "callback", i)
    print("scheduled")
    await asyncio.sleep(0)
    print("after sleep(0)")

asyncio.run(main())
