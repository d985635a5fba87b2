# An async generator as a data stream, consumed with async for, filtered by an async
# comprehension, and cut off by a timeout.
import asyncio

async def sensor(n, interval):
    for i in range(n):
        await asyncio.sleep(interval)
        yield i, i * 1.5

async def main():
    readings = [v async for i, v in sensor(6, 0.005) if i % 2 == 0]
    print("even readings:", readings)
    got = []
    try:
        async with asyncio.timeout(0.25):
            async for i, v in sensor(100, 0.1):
                got.append(i)
    except TimeoutError:
        print("stream cut off after", got)

asyncio.run(main())
