# iscoroutine / iscoroutinefunction on the usual suspects.
import asyncio
import functools

async def coro_fn():
    return 1

def plain_fn():
    return 1

async def agen_fn():
    yield 1

def gen_fn():
    yield 1

class C:
    async def method(self):
        pass

c = coro_fn()
print("iscoroutinefunction:")
for obj in (coro_fn, plain_fn, agen_fn, gen_fn, C.method, C().method,
            functools.partial(coro_fn), lambda: None):
    print(" ", asyncio.iscoroutinefunction(obj))
print("iscoroutine:")
g = gen_fn()
for obj in (c, coro_fn, g, 1, None):
    print(" ", asyncio.iscoroutine(obj))
c.close()

async def main():
    t = asyncio.create_task(coro_fn())
    print("task is coroutine:", asyncio.iscoroutine(t))
    print("task is future:", asyncio.isfuture(t))
    await t

asyncio.run(main())
