# Exceptions of the shielded awaitable pass through shield.
import asyncio

async def broken():
    await asyncio.sleep(0.01)
    raise OSError("disk on fire")

async def main():
    try:
        await asyncio.shield(broken())
    except OSError as e:
        print("OSError:", e)
    print(await asyncio.shield(asyncio.sleep(0.01, "plain value")))

asyncio.run(main())
