# conformance: realtime
# Seed demo 1 run twice with asyncio.run: each run makes a fresh loop.
import asyncio

async def hello():
    print("Hello")
    await asyncio.sleep(0.5)
    print("World")

asyncio.run(hello())
asyncio.run(hello())
print("done")
