# Runner.run(coro, context=ctx) runs the main task in the given contextvars context.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")

async def read():
    return var.get()

async def write(v):
    var.set(v)

ctx = contextvars.copy_context()
ctx.run(var.set, "from ctx")
with asyncio.Runner() as runner:
    print(runner.run(read()))
    print(runner.run(read(), context=ctx))
    runner.run(write("written in ctx"), context=ctx)
    print(runner.run(read(), context=ctx), "/", runner.run(read()))
