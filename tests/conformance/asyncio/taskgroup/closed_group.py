# create_task on a finished TaskGroup raises RuntimeError; the group is not reusable.
import asyncio

async def nothing():
    pass

async def main():
    tg = asyncio.TaskGroup()
    async with tg:
        tg.create_task(nothing())
    coro = nothing()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" at 0x")[0])
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" at 0x")[0])

asyncio.run(main())
