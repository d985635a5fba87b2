# Future.cancel(msg): awaiters get CancelledError with the message; callbacks still run.
import asyncio

async def waiter(f):
    try:
        await f
    except asyncio.CancelledError as e:
        print("waiter got CancelledError", e.args)
        return "waiter done"

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("callback sees cancelled =", fut.cancelled()))
    w = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    print("cancel:", f.cancel("no longer needed"))
    print("cancel again:", f.cancel())
    print(await w)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set_result after cancel:", e)

asyncio.run(main())
