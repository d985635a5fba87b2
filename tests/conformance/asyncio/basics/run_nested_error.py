# asyncio.run inside a running loop raises RuntimeError; the inner coroutine is never awaited
# (its "never awaited" warning is expected on stderr, so only stdout is compared exactly).
import asyncio

async def inner():
    return 1

async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    return "ok"

print(asyncio.run(main()))
