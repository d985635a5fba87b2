# Awaits nested 500 deep (and `yield from` / for-loop generator chains) run like calls:
# each level costs a frame, not a nested run of the interpreter loop, so the depth fits
# under the browser's default machine stack as it does in CPython.
import asyncio


async def down(n):
    if n == 0:
        await asyncio.sleep(0.01)
        return 0
    return 1 + await down(n - 1)


async def fails(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        return await fails(n - 1)
    finally:
        if n % 100 == 0:
            print("unwound", n)


async def forever(n):
    return await forever(n + 1)


def gen_chain(n):
    if n == 0:
        yield "leaf"
        return "done"
    r = yield from gen_chain(n - 1)
    return r


def for_chain(n):
    if n == 0:
        yield from range(3)
        return
    for x in for_chain(n - 1):
        yield x + 1


async def main():
    for d in (10, 100, 500):
        print(d, await down(d))
    try:
        await fails(300)
    except ValueError as e:
        print("caught", e)
    task = asyncio.create_task(down(400))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    try:
        await forever(0)
    except RecursionError as e:
        print("RecursionError:", e)


asyncio.run(main())
g = gen_chain(400)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
print(list(for_chain(300)))
