# wrap_future: an asyncio Future already is one; a concurrent future's exception and
# cancellation reach the asyncio side on the next loop iteration; cancelling the asyncio
# side cancels a concurrent future that has not started.
import asyncio
import concurrent.futures

async def main():
    loop = asyncio.get_running_loop()
    af = loop.create_future()
    print(asyncio.wrap_future(af) is af)

    cf = concurrent.futures.Future()
    w = asyncio.wrap_future(cf)
    cf.set_exception(ValueError("bad"))
    print("same iteration:", w.done())
    await asyncio.sleep(0)
    print("next iteration:", w.done())
    try:
        await w
    except ValueError as e:
        print("ValueError", e)

    cf = concurrent.futures.Future()
    w = asyncio.wrap_future(cf)
    w.cancel()
    await asyncio.sleep(0)
    print("concurrent cancelled:", cf.cancelled())

    cf = concurrent.futures.Future()
    w = asyncio.wrap_future(cf)
    cf.cancel()
    await asyncio.sleep(0)
    print("asyncio cancelled:", w.cancelled())

    try:
        asyncio.wrap_future("not a future")
    except AssertionError as e:
        print("AssertionError", e)

asyncio.run(main())
