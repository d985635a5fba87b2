# A task still pending when its loop closes is reported when collected: a custom exception
# handler receives the "Task was destroyed but it is pending!" context (gc.collect() makes
# the moment explicit: the pending task sits in a reference cycle with its future).
import asyncio
import gc

async def background():
    await asyncio.Event().wait()

async def main():
    asyncio.create_task(background(), name="bg")
    await asyncio.sleep(0)

def handler(loop, context):
    print("handler:", context["message"], "| task name:", context["task"].get_name())

loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
loop.run_until_complete(main())
loop.close()
print("loop closed")
gc.collect()
print("end")
