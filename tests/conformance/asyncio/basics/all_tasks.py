# all_tasks returns the set of not-done tasks (sorted by name here: set order is arbitrary).
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)

async def main():
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    a = asyncio.create_task(sleeper(0.05), name="a")
    b = asyncio.create_task(sleeper(0.1), name="b")
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await a
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await b
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(type(asyncio.all_tasks()).__name__)

asyncio.run(main())
