# asyncio.Future() outside a running loop, then awaited through run_until_complete.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
fut = asyncio.Future()
print(fut.get_loop() is loop)
loop.call_soon(fut.set_result, "resolved by call_soon")
print(loop.run_until_complete(fut))
asyncio.set_event_loop(None)
loop.close()
