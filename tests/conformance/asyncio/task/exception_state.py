# A task that raised: exception() returns it, result() re-raises it.
import asyncio

async def broken():
    raise ArithmeticError("broken task")

async def main():
    t = asyncio.create_task(broken())
    await asyncio.sleep(0)
    print(t.done(), t.cancelled(), repr(t.exception()))
    try:
        t.result()
    except ArithmeticError as e:
        print("result() raised", repr(e), e is t.exception())

asyncio.run(main())
