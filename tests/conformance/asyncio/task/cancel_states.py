# A cancelled task: cancelled() True, result()/exception() raise CancelledError.
import asyncio

async def sleeper():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel():", t.cancel())
    print("right after cancel:", t.done(), t.cancelled(), t.cancelling())
    await asyncio.sleep(0)
    print("after a loop step:", t.done(), t.cancelled())
    for method in (t.result, t.exception):
        try:
            method()
        except asyncio.CancelledError as e:
            print(method.__name__, "raised CancelledError", e.args)
    print("cancel() again:", t.cancel())

asyncio.run(main())
