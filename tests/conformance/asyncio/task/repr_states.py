# Task repr: state, name, coroutine with its file:line, wait_for, result or exception
# (directories are cut off the file names; there are no addresses in these reprs).
import asyncio
import re

def clean(r):
    return re.sub(r" at [^ >]*/", " at ", r)

async def work(fail=False):
    await asyncio.sleep(0.01)
    if fail:
        raise ValueError("oops")
    return [1, 2]

async def main():
    ok = asyncio.create_task(work(), name="ok")
    bad = asyncio.create_task(work(True), name="bad")
    gone = asyncio.create_task(work(), name="gone")
    print(clean(repr(ok)))
    await asyncio.sleep(0)
    print(clean(repr(ok)))
    gone.cancel()
    print(clean(repr(gone)))
    await asyncio.sleep(0.05)
    print(clean(repr(ok)))
    print(clean(repr(bad)))
    print(clean(repr(gone)))
    bad.exception()

asyncio.run(main())
