# Coroutine objects under asyncio: cr_running / cr_await / send(None) driven by the loop.
import asyncio
import inspect

async def inner():
    await asyncio.sleep(0)
    return "inner value"

async def outer():
    return await inner()

async def main():
    c = outer()
    print(inspect.getcoroutinestate(c))
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(c), type(c.cr_await).__name__)
    print(await t)
    print(inspect.getcoroutinestate(c))
    print(asyncio.current_task().get_coro().cr_running)

asyncio.run(main())
