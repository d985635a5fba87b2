# add_done_callback: called with the task, in registration order, via call_soon.
import asyncio

async def work():
    await asyncio.sleep(0.01)
    return 5

def make_cb(tag):
    def cb(task):
        print("callback", tag, "result", task.result())
    return cb

async def main():
    t = asyncio.create_task(work())
    for tag in "abc":
        t.add_done_callback(make_cb(tag))
    r = await t
    print("await returned", r)
    await asyncio.sleep(0)
    t.add_done_callback(make_cb("late"))
    print("late callback registered")
    await asyncio.sleep(0)

asyncio.run(main())
