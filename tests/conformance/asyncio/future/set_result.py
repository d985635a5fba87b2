# A Future resolved from a callback wakes its awaiter with the value.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done before:", fut.done())
    loop.call_later(0.02, fut.set_result, "hello from the future")
    print(await fut)
    print("done after:", fut.done(), fut.result())

asyncio.run(main())
