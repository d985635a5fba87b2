# A property getter called in a to_thread function sleeps, then raises: the thread pauses in
# the getter (the loop's other task prints meanwhile), and the exception reaches the await
# with the thread's frames in its traceback.
import asyncio
import time
import traceback


class Sensor:
    @property
    def reading(self):
        time.sleep(0.2)
        print("reading after the sleep", flush=True)
        raise ValueError("sensor offline")


def job():
    return Sensor().reading


async def ticker():
    await asyncio.sleep(0.1)
    print("tick at 0.1", flush=True)


async def main():
    t = asyncio.create_task(ticker())
    try:
        await asyncio.to_thread(job)
    except ValueError as e:
        print("caught", repr(e))
        for entry in traceback.format_exception(e):
            where = entry.splitlines()[0]
            if where.endswith((" in job", " in reading")):
                print(where.split(", ", 1)[1])
    await t

asyncio.run(main())
