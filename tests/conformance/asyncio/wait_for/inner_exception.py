# An exception inside the awaited coroutine propagates through wait_for unchanged.
import asyncio

async def boom():
    await asyncio.sleep(0.01)
    raise LookupError("inner problem")

async def main():
    try:
        await asyncio.wait_for(boom(), 1)
    except LookupError as e:
        print("got", repr(e))

asyncio.run(main())
