# A to_thread job calls back into the event loop with run_coroutine_threadsafe and waits
# for the result (the thread blocks, the loop keeps running); a concurrent future's result
# with a timeout that expires inside the thread.
import asyncio
import concurrent.futures

async def lookup(key):
    await asyncio.sleep(0.1)
    print("lookup", key, "on the loop")
    return key.upper()

def worker(loop):
    results = []
    for key in ("a", "b"):
        fut = asyncio.run_coroutine_threadsafe(lookup(key), loop)
        print("thread waiting for", key, type(fut).__module__)
        results.append(fut.result())
    never = concurrent.futures.Future()
    try:
        never.result(timeout=0.25)
    except concurrent.futures.TimeoutError:
        print("timed out in the thread")
    return results

async def ticker():
    for i in range(3):
        await asyncio.sleep(0.3)
        print("tick", i)

async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(asyncio.to_thread(worker, loop), ticker())
    print(results)

asyncio.run(main())
