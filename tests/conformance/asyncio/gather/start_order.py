# gather wraps coroutines in tasks in argument order; they start in that order.
import asyncio

async def step(name):
    print(name, "step 1")
    await asyncio.sleep(0)
    print(name, "step 2")
    await asyncio.sleep(0)
    print(name, "step 3")

async def main():
    await asyncio.gather(step("x"), step("y"), step("z"))

asyncio.run(main())
