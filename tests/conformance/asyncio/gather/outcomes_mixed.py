# gather(return_exceptions=True) over results, exceptions, cancelled children (with and
# without a message), a Future subclass, a repeated coroutine; then unnamed tasks' names,
# asked for late and out of order.
import asyncio


class MyFuture(asyncio.Future):
    def result(self):
        return ("wrapped", super().result())


async def value(v):
    await asyncio.sleep(0)
    return v


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def forever():
    await asyncio.sleep(10)


async def main():
    loop = asyncio.get_running_loop()
    mine = MyFuture()
    loop.call_soon(mine.set_result, 7)
    c1 = forever()
    c2 = forever()
    t1 = asyncio.ensure_future(c1)
    t2 = asyncio.ensure_future(c2)
    loop.call_soon(t1.cancel)
    loop.call_soon(t2.cancel, "stop")
    dup = value("dup")
    res = await asyncio.gather(value(1), fail("bad"), t1, t2, mine, dup, dup, value(None),
                               return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r), r.args if isinstance(r, BaseException) else "")

    tasks = [asyncio.create_task(value(i)) for i in range(3)]
    named = asyncio.create_task(value(3), name="custom")
    more = asyncio.create_task(value(4))
    print(more.get_name(), tasks[2].get_name(), named.get_name(), tasks[0].get_name())
    tasks[1].set_name("renamed")
    print(tasks[1].get_name(), repr(tasks[0])[:30])
    print(await asyncio.gather(*tasks, named, more))
    print([t.get_name() for t in tasks])


asyncio.run(main())
