# Inside a coroutine get_event_loop() and get_running_loop() return the same running loop.
import asyncio

async def main():
    a = asyncio.get_running_loop()
    b = asyncio.get_event_loop()
    print(a is b, a.is_running(), a.is_closed())
    return a

loop = asyncio.run(main())
print("after run:", loop.is_running(), loop.is_closed())
