# asyncio.wait argument errors: empty set, bad return_when, bare coroutines (3.11 TypeError).
import asyncio

async def c():
    return 1

async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    t = asyncio.create_task(c())
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    coro = c()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    await t

asyncio.run(main())
