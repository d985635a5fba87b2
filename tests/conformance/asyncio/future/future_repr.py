# Future reprs in each state (no addresses appear in them).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result({"k": 1})
    print(repr(f))
    g = loop.create_future()
    g.set_exception(RuntimeError("x"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    print(f.get_loop() is loop)

asyncio.run(main())
