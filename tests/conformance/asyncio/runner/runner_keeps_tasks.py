# Tasks started in one Runner.run survive into the next run (same loop).
import asyncio

async def background(log):
    for i in range(3):
        log.append(i)
        await asyncio.sleep(0.01)

async def start(log):
    return asyncio.create_task(background(log))

async def finish(task):
    await task
    return "background finished"

log = []
with asyncio.Runner() as runner:
    task = runner.run(start(log))
    print("after first run:", log, task.done())
    print(runner.run(finish(task)))
    print(log)
