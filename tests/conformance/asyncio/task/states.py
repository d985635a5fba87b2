# done/cancelled/result/exception across a task's life.
import asyncio

async def work():
    await asyncio.sleep(0.01)
    return "result"

async def main():
    t = asyncio.create_task(work())
    print("pending:", t.done(), t.cancelled())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t
    print("finished:", t.done(), t.cancelled(), t.result(), t.exception())

asyncio.run(main())
