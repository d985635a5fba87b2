# time.sleep inside a sorted() key and inside a __repr__ that print() calls through a list's repr,
# in to_thread functions: the thread pauses in the middle of the C++ call and the loop's
# other task prints while it sleeps, as a real thread would let it.
import asyncio
import time


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        time.sleep(0.1)
        return f"Item({self.n})"


def slow_key(x):
    time.sleep(0.1)
    print("key", x, flush=True)
    return -x


def sort_job():
    return sorted([3, 1, 2], key=slow_key)


def print_job():
    print([Item(1), Item(2)], flush=True)
    return "printed"


async def ticker(n):
    await asyncio.sleep(0.05)
    for i in range(n):
        print("tick", i, flush=True)
        await asyncio.sleep(0.1)


async def main():
    t = asyncio.create_task(ticker(3))
    print(await asyncio.to_thread(sort_job))
    await t
    t = asyncio.create_task(ticker(3))
    print(await asyncio.to_thread(print_job))
    await t

asyncio.run(main())
