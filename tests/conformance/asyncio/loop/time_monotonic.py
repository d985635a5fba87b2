# loop.time() is monotonic and advances with sleeps.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    samples = []
    for _ in range(3):
        await asyncio.sleep(0.02)
        samples.append(loop.time())
    print(all(b > a for a, b in zip([t0] + samples, samples)))
    print(samples[-1] - t0 >= 0.06)
    print(type(loop.time()).__name__)

asyncio.run(main())
