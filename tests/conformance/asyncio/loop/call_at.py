# call_at uses absolute loop.time() deadlines; TimerHandle.when() reports it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    h2 = loop.call_at(now + 0.02, print, "at +0.02")
    h1 = loop.call_at(now + 0.01, print, "at +0.01")
    print(h1.when() == now + 0.01, h2.when() - h1.when() > 0)
    loop.call_at(now - 5, print, "in the past: runs on the next iteration")
    await asyncio.sleep(0.05)

asyncio.run(main())
