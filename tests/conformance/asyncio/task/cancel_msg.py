# cancel(msg): the message travels in the CancelledError's args inside the task and to the
# awaiter; in 3.11 a later t.result() raises a fresh CancelledError without it.
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inside, args:", e.args)
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter, args:", e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result(), args:", e.args)

asyncio.run(main())
