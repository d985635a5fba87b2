# An exception in Runner.run propagates; the runner stays usable.
import asyncio

async def fail():
    raise KeyError("k")

async def ok():
    return "ok"

with asyncio.Runner() as runner:
    try:
        runner.run(fail())
    except KeyError as e:
        print("KeyError", e)
    print(runner.run(ok()))
