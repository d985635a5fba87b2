# The inner coroutine catches the cancellation and returns a value: in 3.11 wait_for
# returns that value instead of raising TimeoutError.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn swallows the cancel")
        return "partial result"

async def main():
    try:
        r = await asyncio.wait_for(stubborn(), 0.02)
        print("wait_for returned", r)
    except TimeoutError:
        print("TimeoutError")

asyncio.run(main())
