# Runner.run rejects non-coroutines and nested use inside a running loop.
import asyncio

async def nested(runner):
    c = asyncio.sleep(0)
    try:
        runner.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()

with asyncio.Runner() as runner:
    try:
        runner.run(42)
    except ValueError as e:
        print("ValueError:", e)
    runner.run(nested(runner))
print("done")
