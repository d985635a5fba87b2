# Decorators around coroutine functions (timing/logging wrappers keep them awaitable).
import asyncio
import functools

def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = await fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper

@logged
async def add(a, b):
    await asyncio.sleep(0)
    return a + b

@logged
async def combine(x):
    return await add(x, await add(x, x))

async def main():
    print(await combine(2))
    print(asyncio.iscoroutinefunction(add), add.__name__)

asyncio.run(main())
