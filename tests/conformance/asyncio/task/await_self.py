# A task awaiting itself is an error (RuntimeError inside the task).
import asyncio

async def selfish():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])  # the rest is the task repr
    return "survived"

async def main():
    print(await asyncio.create_task(selfish()))

asyncio.run(main())
