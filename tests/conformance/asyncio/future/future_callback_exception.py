# An exception inside a done callback is logged by the loop; the program carries on.
import asyncio

def bad_callback(fut):
    raise ValueError("callback failed")

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(bad_callback)
    f.add_done_callback(lambda fut: print("second callback still runs"))
    f.set_result(None)
    await asyncio.sleep(0)
    print("main continues")

asyncio.run(main())
