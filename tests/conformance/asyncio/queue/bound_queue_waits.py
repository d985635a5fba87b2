# Waits on a Queue already bound to the loop (the built-in fast path): cancelled getters and
# putters, a woken waiter cancelled before it runs passing its turn on, close()/throw() of a
# suspended get(), wait_for around get(), join/task_done, repr with waiters.
import asyncio


async def getter(q, name, log):
    try:
        item = await q.get()
        log.append(f"{name} got {item}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def putter(q, item, log):
    try:
        await q.put(item)
        log.append(f"put {item}")
    except asyncio.CancelledError:
        log.append(f"put {item} cancelled")
        raise


async def main():
    q = asyncio.Queue()
    log = []
    # bind the queue to the loop with one plain wait
    t = asyncio.create_task(getter(q, "g0", log))
    await asyncio.sleep(0)
    q.put_nowait("first")
    await t

    # three waiting getters, the middle one cancelled
    ts = [asyncio.create_task(getter(q, f"g{i}", log)) for i in range(1, 4)]
    await asyncio.sleep(0)
    print(str(q))
    ts[1].cancel()
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("a")
    q.put_nowait("b")
    await asyncio.gather(*ts, return_exceptions=True)
    print(log)
    log.clear()

    # a getter woken by put_nowait, then cancelled before it runs: the item goes to the next
    g1 = asyncio.create_task(getter(q, "w1", log))
    g2 = asyncio.create_task(getter(q, "w2", log))
    await asyncio.sleep(0)
    q.put_nowait("x")
    g1.cancel()
    await asyncio.gather(g1, g2, return_exceptions=True)
    print(log, q.qsize())
    log.clear()

    # bounded: putters wait in order; one cancelled; one woken and cancelled
    b = asyncio.Queue(maxsize=1)
    await b.put(0)
    ps = [asyncio.create_task(putter(b, i, log)) for i in range(1, 5)]
    await asyncio.sleep(0)
    print(str(b))
    ps[1].cancel()
    await asyncio.sleep(0)
    print(b.get_nowait(), str(b))
    ps[0].cancel()  # woken, not yet run: its turn passes to the next putter
    for _ in range(4):
        await asyncio.sleep(0)
    print(log, list(b._queue), len(b._putters))
    while not b.empty() or any(not p.done() for p in ps):
        print("got", await b.get())
    await asyncio.gather(*ps, return_exceptions=True)
    print(log)
    log.clear()

    # close() and throw() of a suspended get()
    c = q.get()
    fut = c.send(None)
    print(type(fut).__name__, fut.done(), len(q._getters))
    c.close()
    print(fut.cancelled(), len(q._getters))
    c = q.get()
    c.send(None)
    try:
        c.throw(ValueError("boom"))
    except ValueError as e:
        print("thrown:", e, len(q._getters))
    b.put_nowait("z")
    c = b.put("p")
    print(b.qsize(), b.full())
    fut = c.send(None)
    c.close()
    print(fut.cancelled(), len(b._putters))

    # wait_for around get(): the timeout leaves the queue unchanged
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("timed out", q.qsize(), len(q._getters))
    q.put_nowait("late")
    print(await asyncio.wait_for(q.get(), 1))

    # join / task_done with puts that wait
    j = asyncio.Queue(maxsize=2)
    done = []

    async def worker():
        while True:
            item = await j.get()
            await asyncio.sleep(0.01)
            done.append(item)
            j.task_done()

    w = asyncio.create_task(worker())
    for i in range(5):
        await j.put(i)
    print(str(j))
    await j.join()
    print(done, j._unfinished_tasks, str(j))
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)

    # put/get coroutines are real coroutines
    co = q.get()
    print(asyncio.iscoroutine(co), type(co).__name__)
    co.close()
    co = q.put(1)
    print(asyncio.iscoroutine(co))
    co.close()
    print(q.qsize())


asyncio.run(main())
