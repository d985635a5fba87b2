# Tasks may create more tasks in the same group while it is running.
import asyncio

async def spawn(tg, depth, log):
    log.append(depth)
    await asyncio.sleep(0.01)
    if depth < 3:
        tg.create_task(spawn(tg, depth + 1, log))
        tg.create_task(spawn(tg, depth + 1, log))

async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawn(tg, 0, log))
    print(len(log), log)

asyncio.run(main())
