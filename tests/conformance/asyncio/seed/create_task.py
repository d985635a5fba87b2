# conformance: realtime
# Seed demo 4 (verbatim): create_task schedules both tasks at once; about 1 s.
import asyncio

async def task(name):
    await asyncio.sleep(1)
    print(f"{name} done")

async def main():
    t1 = asyncio.create_task(task("task1"))
    t2 = asyncio.create_task(task("task2"))

    print("tasks created")

    await t1
    await t2

asyncio.run(main())
