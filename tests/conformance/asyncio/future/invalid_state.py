# Setting a Future twice, or reading it early, raises InvalidStateError.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for op in (f.result, f.exception):
        try:
            op()
        except asyncio.InvalidStateError as e:
            print(op.__name__, "->", e)
    f.set_result(1)
    for op, arg in ((f.set_result, 2), (f.set_exception, ValueError())):
        try:
            op(arg)
        except asyncio.InvalidStateError as e:
            print(op.__name__, "->", e)
    print(f.result())
    print(issubclass(asyncio.InvalidStateError, Exception))

asyncio.run(main())
