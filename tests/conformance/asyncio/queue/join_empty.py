# join() on a queue with no unfinished items returns at once.
import asyncio

async def main():
    q = asyncio.Queue()
    await q.join()
    print("joined an empty queue")
    q.put_nowait(1)
    q.get_nowait()
    q.task_done()
    await q.join()
    print("joined after task_done")

asyncio.run(main())
