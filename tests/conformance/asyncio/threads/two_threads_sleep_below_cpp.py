# Two to_thread functions each sleep inside a function that map() calls (C++ between the
# thread's frames and the sleep): they wake in the order of their deadlines, interleaved.
import asyncio
import time


def nap(d):
    time.sleep(d)
    return d


def worker(name, delays):
    total = 0
    for d in map(nap, delays):
        total += d
        print(name, "woke after", d, flush=True)
    return name, round(total, 2)


async def main():
    results = await asyncio.gather(asyncio.to_thread(worker, "A", [0.3, 0.1]),
                                   asyncio.to_thread(worker, "B", [0.1, 0.1, 0.15]))
    print(results)

asyncio.run(main())
