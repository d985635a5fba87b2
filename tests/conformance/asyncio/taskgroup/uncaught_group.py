# conformance: error
# An uncaught ExceptionGroup from a TaskGroup: exit status 1 and the group traceback
# (its frames include CPython's asyncio internals, so only the last stderr line is compared).
import asyncio

async def fail(msg):
    await asyncio.sleep(0)
    raise RuntimeError(msg)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("first"))
        tg.create_task(fail("second"))

asyncio.run(main())
