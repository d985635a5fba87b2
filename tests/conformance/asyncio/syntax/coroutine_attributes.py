# Coroutine and generator introspection: cr_running / cr_suspended / cr_frame / cr_await /
# cr_code and the inspect state functions, before, during and after a task runs them.
import asyncio
import inspect

async def inner():
    await asyncio.sleep(0)
    return 1

async def outer():
    c = asyncio.current_task().get_coro()
    print("inside:", c.cr_running, c.cr_suspended, inspect.getcoroutinestate(c))
    return await inner()

async def main():
    c = outer()
    print(c.cr_running, c.cr_suspended, c.cr_frame is not None, c.cr_await, c.cr_code.co_name)
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print(c.cr_suspended, c.cr_frame.f_back, type(c.cr_await).__name__, c.cr_await.cr_code.co_name)
    print(c.cr_frame.f_lineno - outer.__code__.co_firstlineno, c.cr_frame.f_code.co_name)
    print(await t, c.cr_frame, c.cr_await, c.cr_suspended, inspect.getcoroutinestate(c))

def g():
    yield 1

gen = g()
print(inspect.getgeneratorstate(gen), gen.gi_suspended)
next(gen)
print(inspect.getgeneratorstate(gen), gen.gi_suspended, gen.gi_frame.f_lineno - g.__code__.co_firstlineno)
gen.close()
print(inspect.getgeneratorstate(gen), gen.gi_frame, gen.gi_suspended)
asyncio.run(main())
