# Tasks are Futures; isinstance and isfuture agree; Task cannot be used without a loop.
import asyncio

async def noop():
    pass

async def main():
    t = asyncio.create_task(noop())
    print(isinstance(t, asyncio.Future), isinstance(t, asyncio.Task), asyncio.isfuture(t))
    print(asyncio.Task.__name__, asyncio.Future.__name__)
    await t
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
