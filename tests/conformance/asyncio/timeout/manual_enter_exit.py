# Driving the Timeout context manager by hand with __aenter__/__aexit__, under asyncio.run
# and under loop.run_until_complete.
import asyncio

async def main():
    cm = asyncio.timeout(1)
    print("enter returns cm:", await cm.__aenter__() is cm)
    await asyncio.sleep(0)
    print("exit returns:", await cm.__aexit__(None, None, None))
    print("expired:", cm.expired())

asyncio.run(main())
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
