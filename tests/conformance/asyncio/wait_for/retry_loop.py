# A retry loop around wait_for with growing timeouts.
import asyncio

async def service(attempt):
    await asyncio.sleep(0.15)
    return f"answer on attempt {attempt}"

async def main():
    timeout = 0.03
    for attempt in range(1, 6):
        try:
            print(await asyncio.wait_for(service(attempt), timeout))
            break
        except TimeoutError:
            print(f"attempt {attempt} timed out after {timeout:.2f}s")
            timeout *= 3

asyncio.run(main())
