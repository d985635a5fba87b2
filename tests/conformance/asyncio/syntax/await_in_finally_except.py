# await is allowed inside except and finally blocks, and in try/else.
import asyncio

async def step(msg):
    await asyncio.sleep(0)
    print(msg)

async def main():
    try:
        await step("try body")
        raise OSError("io")
    except OSError as e:
        await step(f"except block handles {e}")
    else:
        await step("else (not reached)")
    finally:
        await step("finally block")
    try:
        await step("second try")
    except OSError:
        pass
    else:
        await step("else block")

asyncio.run(main())
