# A task cancelled from a call_later callback.
import asyncio

async def long_job():
    for i in range(100):
        await asyncio.sleep(0.01)
    return "finished"

async def main():
    t = asyncio.create_task(long_job())
    asyncio.get_running_loop().call_later(0.055, t.cancel, "deadline callback")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)

asyncio.run(main())
