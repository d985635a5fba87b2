# conformance: error
# Uncaught error from a gather child: exit status 1, last line names the error.
import asyncio

async def child(i):
    await asyncio.sleep(0.05 * i)
    if i == 2:
        raise IndexError(f"child {i} out of range")
    print("child", i, "ok")

async def main():
    await asyncio.gather(*(child(i) for i in range(4)))

asyncio.run(main())
