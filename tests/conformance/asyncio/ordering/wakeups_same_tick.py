# Timers with the same delay, scheduled in one step, fire in scheduling order.
import asyncio

async def sleeper(name):
    await asyncio.sleep(0.02)
    print(name)

async def main():
    await asyncio.gather(*(sleeper(f"s{i}") for i in range(6)))

asyncio.run(main())
