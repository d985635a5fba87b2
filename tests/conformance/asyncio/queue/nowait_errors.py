# get_nowait on an empty queue raises QueueEmpty; put_nowait on a full one raises QueueFull.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.put_nowait(1)
    q.put_nowait(2)
    print("full:", q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))

asyncio.run(main())
