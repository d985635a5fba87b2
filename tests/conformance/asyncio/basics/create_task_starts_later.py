# create_task schedules the coroutine; it does not start until the creator yields.
import asyncio

async def child(n):
    print("child", n, "starts")
    await asyncio.sleep(0)
    print("child", n, "resumes")
    return n * 10

async def main():
    tasks = [asyncio.create_task(child(i)) for i in range(3)]
    print("created, nothing ran yet")
    print("first await gives", await tasks[0])
    print("all", [await t for t in tasks])

asyncio.run(main())
