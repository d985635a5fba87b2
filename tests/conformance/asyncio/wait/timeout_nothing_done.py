# wait with a timeout before anything finishes returns an empty done set.
import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(0.2, "late"))
    done, pending = await asyncio.wait({t}, timeout=0.02, return_when=asyncio.FIRST_COMPLETED)
    print(done, len(pending), t in pending)
    done, pending = await asyncio.wait({t}, timeout=1)
    print([d.result() for d in done], pending)

asyncio.run(main())
