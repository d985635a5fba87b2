# A child task cancels the main task; asyncio.run raises CancelledError out of main,
# which the caller catches.
import asyncio

async def child(main_task):
    await asyncio.sleep(0.01)
    main_task.cancel("child said stop")

async def main():
    asyncio.create_task(child(asyncio.current_task()))
    try:
        await asyncio.sleep(10)
    finally:
        print("main finally")

try:
    asyncio.run(main())
except asyncio.CancelledError as e:
    print("asyncio.run raised CancelledError", e.args)
