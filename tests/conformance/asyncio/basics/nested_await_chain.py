# Awaiting coroutines that await coroutines: one task, deep chain, values flow back up.
import asyncio

async def leaf(n):
    await asyncio.sleep(0)
    return n

async def middle(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total

async def top():
    a = await middle(5)
    b = await middle(10)
    print("tasks:", len(asyncio.all_tasks()))
    return a, b

print(asyncio.run(top()))
