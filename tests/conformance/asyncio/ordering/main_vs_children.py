# The creating task keeps running until it awaits; children start in creation order after it.
import asyncio

async def child(n):
    print("child", n)

async def main():
    for n in range(3):
        asyncio.create_task(child(n))
        print("created", n)
    print("main yields")
    await asyncio.sleep(0)
    print("main back")

asyncio.run(main())
