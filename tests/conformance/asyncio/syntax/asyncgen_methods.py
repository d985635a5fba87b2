# Async generator methods: asend, athrow, aclose, and finally blocks.
import asyncio

async def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("generator handled", e)
                value = 0
            await asyncio.sleep(0)
            total += value or 0
    finally:
        print("generator finalised with total", total)

async def main():
    gen = accumulator()
    print(await gen.asend(None))
    print(await gen.asend(5))
    print(await gen.asend(10))
    print(await gen.athrow(ValueError("bad input")))
    await gen.aclose()
    try:
        await gen.asend(1)
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")

asyncio.run(main())
