# asyncio.run finalises async generators left suspended (shutdown_asyncgens).
import asyncio

async def ticker():
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker finally")

async def main():
    agen = ticker()
    async for v in agen:
        print("tick", v)
        if v == 2:
            break
    print("main done")

asyncio.run(main())
print("end")
