# Cancelling the task awaiting shield() does not cancel the shielded task.
import asyncio

async def important():
    await asyncio.sleep(0.1)
    print("important work finished")
    return "saved"

async def caller(inner):
    try:
        await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled; inner cancelled?", inner.cancelled())
        raise

async def main():
    inner = asyncio.create_task(important())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.02)
    c.cancel()
    await asyncio.sleep(0)
    print("caller cancelled:", c.cancelled())
    print("inner result:", await inner)

asyncio.run(main())
