# conformance: realtime
# A progress indicator printing dots without newlines (flushed) while a download runs.
import asyncio

async def download():
    await asyncio.sleep(0.45)
    return "42 KB"

async def spinner(task):
    print("Downloading", end="", flush=True)
    while not task.done():
        print(".", end="", flush=True)
        await asyncio.sleep(0.1)
    print(" done")

async def main():
    task = asyncio.create_task(download())
    await spinner(task)
    print("got", task.result())

asyncio.run(main())
