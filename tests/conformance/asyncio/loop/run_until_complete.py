# new_event_loop + run_until_complete outside a running loop; is_running inside/outside.
import asyncio

async def compute(x):
    loop = asyncio.get_running_loop()
    print("inside, is_running:", loop.is_running())
    await asyncio.sleep(0.01)
    return x * 3

loop = asyncio.new_event_loop()
print("before, is_running:", loop.is_running())
print(loop.run_until_complete(compute(5)))
t = loop.create_task(compute(7))
print(loop.run_until_complete(t))
print("after, is_running:", loop.is_running(), "closed:", loop.is_closed())
loop.close()
print("closed:", loop.is_closed())
