# Catching CancelledError inside the timeout block and swallowing it: the block ends
# normally and, in 3.11, asyncio.timeout then raises nothing (it only converts a
# CancelledError that reaches its exit); the task's cancel request is withdrawn.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.02):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("swallowed inside")
            print("block continues")
    except TimeoutError:
        print("TimeoutError at exit anyway")
    else:
        print("no TimeoutError")
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
