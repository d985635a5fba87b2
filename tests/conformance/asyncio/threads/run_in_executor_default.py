# loop.run_in_executor(None, ...) returns an asyncio Future wrapping the default executor's
# concurrent future: results, exceptions, and a job still running when its awaiter is
# cancelled (asyncio.run waits for the default executor before closing the loop).
import asyncio
import time

log = []

def add(a, b):
    time.sleep(0.05)
    return a + b

def boom():
    time.sleep(0.01)
    raise KeyError("missing")

def slow():
    time.sleep(0.3)
    log.append("slow finished")
    print("slow job done")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, add, 2, 3)
    print(type(fut).__name__, asyncio.isfuture(fut), fut.done())
    print(await fut, fut.done())
    try:
        await loop.run_in_executor(None, boom)
    except KeyError as e:
        print("KeyError", e)
    waiter = asyncio.ensure_future(loop.run_in_executor(None, slow))
    await asyncio.sleep(0.1)
    waiter.cancel()
    await asyncio.sleep(0)
    print("cancelled:", waiter.cancelled(), log)
    print("main returns")

asyncio.run(main())
print("after run:", log)
