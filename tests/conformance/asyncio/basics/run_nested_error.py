# asyncio.run inside a running loop raises RuntimeError; the coroutine it was given is
# closed by hand so no "never awaited" warning follows.
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
