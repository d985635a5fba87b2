# Closing a Runner cancels the tasks still pending.
import asyncio

async def forever():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("forever cancelled at close")
        raise

async def start():
    asyncio.create_task(forever())
    await asyncio.sleep(0)

runner = asyncio.Runner()
runner.run(start())
print("closing")
runner.close()
print("closed")
coro = start()
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
