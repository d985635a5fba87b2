# conformance: realtime
# Seed demo 3 (verbatim): gather runs the three coroutines concurrently, about 2 s.
import asyncio

async def task(name):
    print(f"{name} start")
    await asyncio.sleep(2)
    print(f"{name} end")

async def main():
    await asyncio.gather(
        task("A"),
        task("B"),
        task("C"),
    )

asyncio.run(main())
