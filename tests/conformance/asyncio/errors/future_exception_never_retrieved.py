# conformance: stderr=full
# A plain Future holding an exception nobody retrieved is logged when it is destroyed.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(ConnectionError("lost"))
    del fut
    print("future dropped")

asyncio.run(main())
