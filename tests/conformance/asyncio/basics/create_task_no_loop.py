# create_task without a running loop: RuntimeError('no running event loop').
import asyncio

async def f():
    pass

coro = f()
try:
    asyncio.create_task(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.current_task is not None)
