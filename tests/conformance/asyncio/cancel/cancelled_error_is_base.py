# CancelledError is a BaseException, so `except Exception` does not swallow it.
import asyncio

async def careless():
    try:
        await asyncio.sleep(10)
    except Exception:
        print("not reached: CancelledError is not an Exception")

async def main():
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    t = asyncio.create_task(careless())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())

asyncio.run(main())
