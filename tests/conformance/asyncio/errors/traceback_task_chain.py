# conformance: stderr=full
# traceback.print_exc() of an error awaited through a task and nested coroutines: the
# traceback follows the await chain (all frames are the program's own).
import asyncio
import traceback

async def parse(text):
    await asyncio.sleep(0)
    return int(text)

async def load(text):
    value = await parse(text)
    return value * 2

async def main():
    task = asyncio.create_task(load("forty-two"))
    try:
        await task
    except ValueError:
        traceback.print_exc()
    print("main carries on")

asyncio.run(main())
