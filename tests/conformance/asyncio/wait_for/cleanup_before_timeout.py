# wait_for waits for the cancelled inner coroutine's cleanup before raising TimeoutError.
import asyncio
import time

async def with_cleanup():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup starts")
        await asyncio.sleep(0.15)
        print("cleanup ends")

async def main():
    t0 = time.perf_counter()
    try:
        await asyncio.wait_for(with_cleanup(), 0.05)
    except TimeoutError:
        print(f"TimeoutError after {time.perf_counter() - t0:.1f}s")

asyncio.run(main())
