# A CPU-bound loop inside a coroutine also starves the other tasks until it yields.
import asyncio

log = []

async def busy():
    total = 0
    for i in range(200000):
        total += i
    log.append("busy done")
    return total

async def chatty():
    for i in range(3):
        log.append(f"chatty {i}")
        await asyncio.sleep(0)

async def main():
    r = await asyncio.gather(chatty(), busy(), chatty())
    print(r[1])
    print(log)

asyncio.run(main())
