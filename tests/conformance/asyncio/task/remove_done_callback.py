# remove_done_callback removes every registration of that callback and returns the count.
import asyncio

def cb1(t):
    print("cb1")

def cb2(t):
    print("cb2")

async def main():
    t = asyncio.create_task(asyncio.sleep(0.01))
    t.add_done_callback(cb1)
    t.add_done_callback(cb2)
    t.add_done_callback(cb1)
    print("removed", t.remove_done_callback(cb1))
    print("removed", t.remove_done_callback(cb1))
    await t
    await asyncio.sleep(0)

asyncio.run(main())
