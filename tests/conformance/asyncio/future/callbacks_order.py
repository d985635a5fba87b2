# Future callbacks run in registration order, one loop step after the result is set,
# and a callback added to a done future is scheduled right away.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for i in range(3):
        f.add_done_callback(lambda fut, i=i: print("callback", i, fut.result()))
    f.set_result("R")
    print("set_result returned; callbacks not yet run")
    await asyncio.sleep(0)
    print("after one step")
    f.add_done_callback(lambda fut: print("late callback", fut.result()))
    print("late registered")
    await asyncio.sleep(0)

asyncio.run(main())
