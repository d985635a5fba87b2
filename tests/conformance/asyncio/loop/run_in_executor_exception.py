# An exception in the executor function is raised at the await.
import asyncio

def fails(x):
    raise ValueError(f"bad input {x}")

async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, fails, 3)
    except ValueError as e:
        print("caught", e)

asyncio.run(main())
