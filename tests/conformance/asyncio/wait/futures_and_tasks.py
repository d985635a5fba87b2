# wait works on plain futures too, and yields back the same objects.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    loop.call_later(0.01, f1.set_result, "one")
    loop.call_later(0.3, f2.set_result, "two")
    done, pending = await asyncio.wait({f1, f2}, return_when=asyncio.FIRST_COMPLETED)
    print(done == {f1}, pending == {f2})
    done, pending = await asyncio.wait({f2})
    print(f2.result(), len(pending))

asyncio.run(main())
