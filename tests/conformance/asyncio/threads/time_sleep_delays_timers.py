# conformance: realtime
# A blocking time.sleep delays a timer that was due meanwhile. Afterwards the overdue timer
# is queued behind the task step that was already ready, so it fires one iteration later.
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    t0 = time.perf_counter()
    fired = []
    loop.call_later(0.1, lambda: fired.append(time.perf_counter() - t0))
    time.sleep(0.3)
    print("timer fired during the block?", bool(fired))
    await asyncio.sleep(0)
    print("after one sleep(0)?", bool(fired))
    await asyncio.sleep(0)
    print(f"after two: timer fired at {fired[0]:.1f}s")

asyncio.run(main())
