# conformance: stderr=full
# traceback.print_exc() of an error that came out of gather.
import asyncio
import traceback

async def divide(a, b):
    await asyncio.sleep(0)
    return a / b

async def main():
    try:
        await asyncio.gather(divide(1, 1), divide(1, 0))
    except ZeroDivisionError:
        traceback.print_exc()
    print("done")

asyncio.run(main())
