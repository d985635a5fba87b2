# to_thread jobs run beside the tasks: each thread's statements happen when its own sleeps
# end (not all at once), a helper function's sleep suspends the thread too, and bound
# methods, keyword arguments and exceptions travel through to_thread.
import asyncio
import time

def nap(seconds):
    time.sleep(seconds)

def worker(name, delays):
    for d in delays:
        nap(d)
        print(f"{name} woke after {d}")
    return name.upper()

class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by, *, times):
        for _ in range(times):
            time.sleep(0.1)
            self.n += by
        return self.n

def fails():
    time.sleep(0.05)
    raise ValueError("bad input")

async def ticker():
    for i in range(3):
        await asyncio.sleep(0.1)
        print("tick", i)

async def main():
    res = await asyncio.gather(asyncio.to_thread(worker, "a", [0.15, 0.1]),
                               asyncio.to_thread(worker, "b", [0.05]), ticker())
    print(res)
    c = Counter()
    print(await asyncio.to_thread(c.bump, 2, times=3))
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print("caught", type(e).__name__, e)

asyncio.run(main())
