# A plain generator is not awaitable; an async generator must be iterated with async for.
import asyncio

def gen():
    yield 1

async def agen():
    yield 1
    yield 2

async def main():
    try:
        await gen()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await agen()
    except TypeError as e:
        print("TypeError:", e)
    try:
        for x in agen():
            pass
    except TypeError as e:
        print("TypeError:", e)
    print([x async for x in agen()])

asyncio.run(main())
