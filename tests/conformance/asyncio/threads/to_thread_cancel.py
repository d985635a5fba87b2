# Cancelling the awaiting task does not stop the thread; the function still completes.
import asyncio
import time

done = []

def slow():
    time.sleep(0.1)
    done.append("thread finished")
    return "result"

async def main():
    t = asyncio.create_task(asyncio.to_thread(slow))
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting task cancelled; thread done yet?", bool(done))
    await asyncio.sleep(0.2)
    print(done)

asyncio.run(main())
