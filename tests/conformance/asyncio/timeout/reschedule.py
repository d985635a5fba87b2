# Timeout.reschedule moves the deadline while inside the block.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.05)
            print("deadline set:", cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled deadline hit")
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 1)
        await asyncio.sleep(0.05)
        print("extended deadline survived the sleep")
        cm.reschedule(None)
        print("when after None:", cm.when())

asyncio.run(main())
