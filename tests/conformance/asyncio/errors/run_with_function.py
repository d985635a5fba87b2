# A classic mistake: asyncio.run(main) instead of asyncio.run(main()) is a ValueError
# (the message's function address is cut off).
import asyncio

async def main():
    print("never runs")

try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
asyncio.run(main())
