# wait_for raises TimeoutError (the builtin in 3.11) and cancels the inner coroutine.
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
        return "never"
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
