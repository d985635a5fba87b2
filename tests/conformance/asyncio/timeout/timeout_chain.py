# The TimeoutError from asyncio.timeout chains from the CancelledError (__cause__).
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print(type(e).__name__, type(e.__cause__).__name__, type(e.__context__).__name__)
        print("args:", e.args)

asyncio.run(main())
