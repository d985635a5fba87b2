# as_completed(timeout=) raises TimeoutError for what did not finish in time.
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    got = []
    try:
        for fut in asyncio.as_completed([job(0.01), job(0.02), job(1)], timeout=0.1):
            got.append(await fut)
    except TimeoutError:
        print("timed out after", got)

asyncio.run(main())
