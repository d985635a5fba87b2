# TaskGroup waits for all its tasks at the end of the async with block.
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    print(name, "done")
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("one", 0.05))
        t2 = tg.create_task(job("two", 0.01), name="second")
        print("inside the block, done yet:", t1.done(), t2.done())
    print("after the block:", t1.result(), t2.result(), t2.get_name())

asyncio.run(main())
