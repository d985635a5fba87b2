# conformance: error
# SystemExit raised in a TaskGroup child: Task re-raises BaseExceptions out of the event loop
# itself, so asyncio.run cleans up (cancelling the other tasks) and the program exits with 3
# even though main tries to catch it.
import asyncio

async def quitter():
    await asyncio.sleep(0.01)
    raise SystemExit(3)

async def other():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("other cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(quitter())
            tg.create_task(other())
    except SystemExit as e:
        print("main sees SystemExit", e.code)

asyncio.run(main())
print("not reached")
