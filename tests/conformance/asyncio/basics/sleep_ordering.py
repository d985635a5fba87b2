# Tasks wake in order of their deadlines, regardless of creation order.
import asyncio

async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    print("woke", name)

async def main():
    log = []
    await asyncio.gather(
        sleeper("c", 0.15, log),
        sleeper("a", 0.05, log),
        sleeper("d", 0.2, log),
        sleeper("b", 0.1, log),
        sleeper("zero", 0, log),
    )
    print(log)

asyncio.run(main())
