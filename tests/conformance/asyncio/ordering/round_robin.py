# sleep(0) round-robin among N tasks: strict rotation in creation order.
import asyncio

log = []

async def spinner(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(spinner("a", 4), spinner("b", 2), spinner("c", 3), spinner("d", 1))
    print(" ".join(log))

asyncio.run(main())
