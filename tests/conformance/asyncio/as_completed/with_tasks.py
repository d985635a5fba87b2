# as_completed over tasks: the yielded awaitables are not the tasks themselves.
import asyncio

async def job(i):
    await asyncio.sleep(0.02 * (5 - i))
    return i

async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(5)]
    order = []
    for fut in asyncio.as_completed(tasks):
        r = await fut
        order.append(r)
        print("got", r, "is a task from the list:", fut in tasks)
    print(order)

asyncio.run(main())
