# Cancelling a task cancels the innermost awaited coroutine; every level sees it.
import asyncio

async def level3():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("level3 cancelled")
        raise

async def level2():
    try:
        await level3()
    except asyncio.CancelledError:
        print("level2 cancelled")
        raise

async def level1():
    try:
        await level2()
    finally:
        print("level1 finally")

async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())

asyncio.run(main())
