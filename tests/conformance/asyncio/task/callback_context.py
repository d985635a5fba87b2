# Done callbacks run from the loop, not inside a task, in the context that was current when
# they were registered (main's), not the task's own copy.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")

def cb(t):
    print("callback: current_task is", asyncio.current_task(), "var =", var.get())

async def child():
    var.set("child value")
    await asyncio.sleep(0)

async def main():
    var.set("main value")
    t = asyncio.create_task(child())
    t.add_done_callback(cb)
    await t
    await asyncio.sleep(0)
    print("main still sees", var.get())

asyncio.run(main())
