# Progress reporting over downloads with as_completed.
import asyncio

SIZES = {"a.zip": 0.05, "b.iso": 0.2, "c.txt": 0.01, "d.mp4": 0.1}

async def download(name):
    await asyncio.sleep(SIZES[name])
    return name

async def main():
    total = len(SIZES)
    for n, fut in enumerate(asyncio.as_completed([download(f) for f in SIZES]), 1):
        name = await fut
        bar = "#" * n + "." * (total - n)
        print(f"[{bar}] {n}/{total} {name}")

asyncio.run(main())
