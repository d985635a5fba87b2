# run_in_executor(None, fn, *args) runs a blocking function in the default thread pool.
import asyncio
import time

def blocking(n):
    time.sleep(0.05)
    return sum(range(n))

async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking, 100)
    print("result", r)
    rs = await asyncio.gather(*(loop.run_in_executor(None, blocking, n) for n in (10, 20, 30)))
    print("results", rs)

asyncio.run(main())
