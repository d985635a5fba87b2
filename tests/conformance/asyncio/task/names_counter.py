# Default task names count up across the whole process, even across asyncio.run calls; in
# 3.11 asyncio.run's shutdown steps (async generators, default executor) use up two names.
import asyncio

async def names():
    ts = [asyncio.create_task(asyncio.sleep(0)) for _ in range(3)]
    await asyncio.gather(*ts)
    return [asyncio.current_task().get_name()] + [t.get_name() for t in ts]

print(asyncio.run(names()))
print(asyncio.run(names()))
