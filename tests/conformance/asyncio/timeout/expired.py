# Timeout.expired(), when() and repr-independent state checks.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.02) as cm:
            print("expired inside:", cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired after:", cm.expired())
    async with asyncio.timeout(None) as cm2:
        print("when for None:", cm2.when())
        await asyncio.sleep(0)
    print("expired (no deadline):", cm2.expired())

asyncio.run(main())
