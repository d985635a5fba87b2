# conformance: stderr=full
# Exception chaining across awaits: "During handling..." and "The above exception was the
# direct cause..." both printed by traceback.print_exc().
import asyncio
import traceback

async def fetch():
    await asyncio.sleep(0)
    raise ConnectionError("connection reset")

async def fetch_with_context():
    try:
        await fetch()
    except ConnectionError:
        raise RuntimeError("fetch failed")

async def fetch_with_cause():
    try:
        await fetch()
    except ConnectionError as e:
        raise RuntimeError("fetch failed") from e

async def main():
    for f in (fetch_with_context, fetch_with_cause):
        try:
            await f()
        except RuntimeError:
            traceback.print_exc()

asyncio.run(main())
