# When main returns, asyncio.run cancels the tasks still pending and runs their cleanup.
import asyncio

async def background(name):
    try:
        print(name, "started")
        await asyncio.sleep(10)
        print(name, "never here")
    except asyncio.CancelledError:
        print(name, "cancelled by asyncio.run")
        raise
    finally:
        print(name, "finally")

async def main():
    asyncio.create_task(background("a"))
    asyncio.create_task(background("b"))
    await asyncio.sleep(0.01)
    print("main returns")
    return "main result"

print(asyncio.run(main()))
