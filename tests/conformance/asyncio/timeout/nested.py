# Nested timeouts: the inner (shorter) one fires and is caught inside the outer.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.2):
            try:
                async with asyncio.timeout(0.02):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout")
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer timeout")

asyncio.run(main())
