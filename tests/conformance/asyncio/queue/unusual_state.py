# Queues whose state is not the plain one: a float maxsize, a _queue replaced while a getter
# waits (a deque with maxlen), a subclass overriding _put/_get, q.get() awaited from a task
# created on it directly, and a getter cancelled while the queue is refilled.
import asyncio
import collections


class Tagged(asyncio.Queue):
    def _put(self, item):
        super()._put(("tag", item))

    def _get(self):
        return super()._get()[1] * 2


async def main():
    f = asyncio.Queue(maxsize=1.5)
    await f.put(1)
    print(f.full(), f.qsize())
    await f.put(2)
    print(f.full(), f.qsize())
    t = asyncio.create_task(f.put(3))
    await asyncio.sleep(0)
    print(t.done(), await f.get(), await f.get())
    await t
    print(f.get_nowait(), f.empty())

    q = asyncio.Queue()
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    t2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q._queue = collections.deque(maxlen=3)
    q.put_nowait("a")
    q.put_nowait("b")
    print(await t, await t2, q.qsize())
    q.put_nowait("c")
    print(await q.get(), type(q._queue).__name__, q._queue.maxlen)

    s = Tagged(maxsize=1)
    await s.put(5)
    w = asyncio.create_task(s.put(6))
    await asyncio.sleep(0)
    print(await s.get(), await s.get(), w.done())

    r = asyncio.Queue()
    g1 = asyncio.create_task(r.get())
    g2 = asyncio.create_task(r.get())
    await asyncio.sleep(0)
    r.put_nowait(1)
    r.put_nowait(2)
    g1.cancel()
    res = await asyncio.gather(g1, g2, return_exceptions=True)
    print([type(x).__name__ if isinstance(x, BaseException) else x for x in res], r.qsize(), r.get_nowait())
    print(len(r._getters), r.empty())


asyncio.run(main())
