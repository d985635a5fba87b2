# Without return_exceptions, a child being cancelled makes gather raise CancelledError,
# while the awaiting task itself is not cancelled.
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)
    return d

async def main():
    t1 = asyncio.create_task(sleeper(0.1))
    t2 = asyncio.create_task(sleeper(1))
    asyncio.get_running_loop().call_later(0.02, t2.cancel)
    try:
        await asyncio.gather(t1, t2)
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("main cancelling():", asyncio.current_task().cancelling())
    print("t1 still running:", not t1.done())
    print(await t1)

asyncio.run(main())
