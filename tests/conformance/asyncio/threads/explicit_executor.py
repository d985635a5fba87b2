# run_in_executor with an explicit ThreadPoolExecutor(max_workers=2): four 0.1 s blocking
# jobs run in two waves (finish times from loop.time, in whole 0.1 s units).
import asyncio
import concurrent.futures
import time

def job(i):
    time.sleep(0.1)
    return i

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    finished = []
    async def run(i, pool):
        r = await loop.run_in_executor(pool, job, i)
        finished.append(int((loop.time() - start) / 0.1))   # >= 0.1 s per wave
        return r
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(run(i, pool) for i in range(4)))
    print(results, "finished in waves:", sorted(finished))

asyncio.run(main())
