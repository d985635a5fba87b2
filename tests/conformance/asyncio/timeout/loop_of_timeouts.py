# conformance: realtime
# Polling a queue with absolute deadlines every 0.1 s (timeout_at, so no drift), elapsed rounded.
import asyncio
import time

async def main():
    q = asyncio.Queue()
    loop = asyncio.get_running_loop()
    loop.call_later(0.37, q.put_nowait, "message")  # not 0.35: "got ... at" would round either way
    t0 = time.perf_counter()
    start = loop.time()
    step = 1
    while True:
        try:
            async with asyncio.timeout_at(start + 0.1 * step):
                msg = await q.get()
                break
        except TimeoutError:
            print(f"nothing yet at {time.perf_counter() - t0:.1f}s")
        step += 1
    print(f"got {msg} at {time.perf_counter() - t0:.1f}s")

asyncio.run(main())
