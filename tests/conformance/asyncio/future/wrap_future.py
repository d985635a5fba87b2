# wrap_future turns a concurrent.futures.Future into an awaitable asyncio Future.
import asyncio
import concurrent.futures

async def main():
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    print(asyncio.isfuture(af), af.done())
    asyncio.get_running_loop().call_later(0.01, cf.set_result, "from concurrent")
    print(await af)

asyncio.run(main())
