# Rate limiting with a Semaphore: 9 simulated requests, at most 3 in flight.
import asyncio

in_flight = 0
peak = 0

async def request(sem, i, start, waves):
    global in_flight, peak
    async with sem:
        waves.append(round((asyncio.get_running_loop().time() - start) / 0.1))
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.1)
        in_flight -= 1
        return f"response {i}"

async def main():
    sem = asyncio.Semaphore(3)
    start = asyncio.get_running_loop().time()
    waves = []
    responses = await asyncio.gather(*(request(sem, i, start, waves) for i in range(9)))
    print(responses[0], "...", responses[-1])
    print("peak concurrency:", peak)
    print("requests started in waves:", waves)

asyncio.run(main())
