# run_forever until a callback calls loop.stop().
import asyncio

loop = asyncio.new_event_loop()
count = 0

def tick():
    global count
    count += 1
    print("tick", count)
    if count == 3:
        loop.stop()
    else:
        loop.call_later(0.01, tick)

loop.call_soon(tick)
loop.run_forever()
print("stopped; running:", loop.is_running())
loop.close()
