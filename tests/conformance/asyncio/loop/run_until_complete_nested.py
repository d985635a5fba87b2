# run_until_complete cannot be called while the loop is running, nor on a closed loop.
import asyncio

async def inner():
    return 1

async def outer(loop):
    c = inner()
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()

loop = asyncio.new_event_loop()
loop.run_until_complete(outer(loop))
loop.close()
c = inner()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
