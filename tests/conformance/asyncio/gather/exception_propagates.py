# Without return_exceptions the first exception propagates; other children keep running.
import asyncio

async def ok(name, delay):
    await asyncio.sleep(delay)
    print(name, "completed anyway")
    return name

async def bad():
    await asyncio.sleep(0.05)
    raise ValueError("bad child")

async def main():
    t = asyncio.create_task(ok("slow", 0.15))
    try:
        await asyncio.gather(ok("fast", 0.01), bad(), t)
    except ValueError as e:
        print("gather raised", repr(e))
    print("slow task done yet?", t.done())
    await asyncio.sleep(0.2)
    print("slow task done now?", t.done(), t.result())

asyncio.run(main())
