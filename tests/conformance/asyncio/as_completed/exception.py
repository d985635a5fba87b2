# An exception surfaces when its turn comes in as_completed; the others still arrive.
import asyncio

async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"job {d} failed")
    return d

async def main():
    for fut in asyncio.as_completed([job(0.03), job(0.01, True), job(0.05)]):
        try:
            print("ok", await fut)
        except RuntimeError as e:
            print("error", e)

asyncio.run(main())
