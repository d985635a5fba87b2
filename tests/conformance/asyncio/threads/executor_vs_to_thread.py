# run_in_executor(None, ...) and to_thread give the same results; functools.partial for kwargs.
import asyncio
import functools
import time

def scaled(x, *, factor):
    time.sleep(0.01)
    return x * factor

async def main():
    loop = asyncio.get_running_loop()
    a = await loop.run_in_executor(None, functools.partial(scaled, 4, factor=3))
    b = await asyncio.to_thread(scaled, 4, factor=3)
    print(a, b, a == b)

asyncio.run(main())
