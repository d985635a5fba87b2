# conformance: stderr=full
# A task still pending when its loop is closed and the task dropped:
# "Task was destroyed but it is pending!".
import asyncio

async def forever():
    await asyncio.sleep(100)

loop = asyncio.new_event_loop()
task = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
del task
print("loop closed, task dropped")
