# current_task inside tasks and the main task; None outside a task.
import asyncio

async def child():
    me = asyncio.current_task()
    print("child sees", me.get_name())
    return me

async def main():
    main_task = asyncio.current_task()
    print("main sees", main_task.get_name())
    t = asyncio.create_task(child(), name="kid")
    returned = await t
    print("same object:", returned is t)
    print("back in main:", asyncio.current_task() is main_task)
    loop = asyncio.get_running_loop()
    print("with loop arg:", asyncio.current_task(loop) is main_task)
    loop.call_soon(lambda: print("in callback:", asyncio.current_task()))
    await asyncio.sleep(0)

asyncio.run(main())
