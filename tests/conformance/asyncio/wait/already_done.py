# wait on tasks that are all already done returns immediately.
import asyncio

async def v(x):
    return x

async def main():
    tasks = [asyncio.create_task(v(i)) for i in range(3)]
    await asyncio.sleep(0)
    print([t.done() for t in tasks])
    done, pending = await asyncio.wait(tasks, timeout=5)
    print(sorted(t.result() for t in done), pending)

asyncio.run(main())
