# An async generator abandoned mid-iteration is finalised through the running loop's
# async-generator hooks: its aclose() runs as a task on a later loop step.
import asyncio

async def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers() finally")

async def main():
    async for n in numbers():
        print("got", n)
        break
    print("after the loop")
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(0)
    print("after second sleep(0)")

asyncio.run(main())
