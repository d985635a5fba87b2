# Nested timeouts where the outer one is shorter: the outer fires, the inner does not.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.03):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(2)
            except TimeoutError:
                print("inner (wrong)")
            except asyncio.CancelledError:
                print("inner block sees CancelledError")
                raise
    except TimeoutError:
        print("outer timeout")

asyncio.run(main())
