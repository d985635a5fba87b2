# Timers that come due while time.sleep blocks the loop (in a coroutine, in a call_soon
# callback, in a timer callback) join the ready queue at the start of the next iteration,
# behind what was already ready (call_soon callbacks, sleep(0) tasks); a sleeping task whose
# timer was among them wakes one iteration after that.
import asyncio
import time

async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)

async def sleeper(d, name):
    await asyncio.sleep(d)
    print("slept", name)

def blocking_callback(tag, secs):
    print(tag, "blocks")
    asyncio.get_running_loop().call_soon(print, "soon from", tag)
    time.sleep(secs)
    print(tag, "unblocks")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, print, "timer 0.1")
    loop.call_later(0.05, print, "timer 0.05")
    tasks = [asyncio.create_task(ticker("A", 6)), asyncio.create_task(ticker("B", 6)),
             asyncio.create_task(sleeper(0.07, "0.07"))]
    await asyncio.sleep(0)
    print("main blocks")
    time.sleep(0.2)
    print("main unblocks")
    loop.call_soon(print, "soon 1")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    loop.call_soon(print, "soon 2")
    await asyncio.sleep(0)
    print("main after second sleep(0)")
    await asyncio.gather(*tasks)

    print("-- blocking call_soon callback")
    loop.call_later(0.05, print, "timer 0.05")
    loop.call_soon(blocking_callback, "callback", 0.1)
    loop.call_soon(print, "soon after callback")
    tasks = [asyncio.create_task(ticker("C", 4)), asyncio.create_task(sleeper(0.07, "0.07"))]
    await asyncio.gather(*tasks)

    print("-- blocking timer callback")
    loop.call_later(0.05, blocking_callback, "timer", 0.1)
    loop.call_later(0.08, print, "timer 0.08")
    loop.call_later(0.3, print, "timer 0.3")
    tasks = [asyncio.create_task(ticker("D", 3)), asyncio.create_task(sleeper(0.12, "0.12"))]
    await asyncio.sleep(0.1)
    print("main woke")
    await asyncio.gather(*tasks)
    await asyncio.sleep(0.2)

asyncio.run(main())
