# When a task finishes, its done callbacks and the wake-up of its awaiter are scheduled in
# registration order (the awaiter registered first here).
import asyncio

async def child():
    await asyncio.sleep(0)
    return "value"

async def waiter(t):
    print("waiter got", await t)

async def main():
    t = asyncio.create_task(child())
    w = asyncio.create_task(waiter(t))
    await asyncio.sleep(0)
    t.add_done_callback(lambda _: print("callback A"))
    t.add_done_callback(lambda _: print("callback B"))
    await w

asyncio.run(main())
