# Rate limiting with a Semaphore: 9 simulated requests, at most 3 in flight.
import asyncio
import time

in_flight = 0
peak = 0

async def request(sem, i):
    global in_flight, peak
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.1)
        in_flight -= 1
        return f"response {i}"

async def main():
    sem = asyncio.Semaphore(3)
    t0 = time.perf_counter()
    responses = await asyncio.gather(*(request(sem, i) for i in range(9)))
    print(responses[0], "...", responses[-1])
    print("peak concurrency:", peak)
    print(f"took about {time.perf_counter() - t0:.1f}s (3 waves of 0.1s)")

asyncio.run(main())
