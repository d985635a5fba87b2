# Two cancel(msg) calls before the task runs again: both return True, and in 3.11 the
# first message is the one delivered.
import asyncio

async def sleeper():
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("args:", e.args)

asyncio.run(main())
