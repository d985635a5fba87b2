# The task objects outlive the loop; their results can be read after asyncio.run.
import asyncio

tasks = []

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

async def main():
    tasks.extend(asyncio.create_task(double(i)) for i in range(4))
    await asyncio.wait(tasks)

asyncio.run(main())
print([t.result() for t in tasks], [t.done() for t in tasks])
