# set_exception makes await raise; exception() returns it; classes are instantiated.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError("bad value"))
    try:
        await f
    except ValueError as e:
        print("await raised", repr(e))
    print(repr(f.exception()))
    g = loop.create_future()
    g.set_exception(KeyError)
    print("class became instance:", repr(g.exception()))
    # 3.11 accepts a CancelledError instance here: the future is "finished", not cancelled
    h = loop.create_future()
    h.set_exception(asyncio.CancelledError("set by hand"))
    print("done:", h.done(), "cancelled:", h.cancelled())
    try:
        await h
    except asyncio.CancelledError as e:
        print("await raised CancelledError", e.args)

asyncio.run(main())
