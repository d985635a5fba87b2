# time.sleep in a to_thread function suspends that thread wherever it is reached: called
# directly, from a generator driven by a for loop, and also through C++ (map(), list() of a
# generator, a *args/**kwargs call, a property getter); the statements after it run only when
# the sleep is over, after the coroutine that woke meanwhile.
import asyncio
import time

def gen():
    time.sleep(0.2)
    yield 1

def direct():
    time.sleep(0.2)

def for_generator():
    for _ in gen():
        pass

def in_map():
    list(map(time.sleep, [0.2]))

def list_of_generator():
    list(gen())

def star_args():
    args = (0.2,)
    time.sleep(*args)

def star_kwargs():
    time.sleep(0.2, **{})

class Slow:
    @property
    def value(self):
        time.sleep(0.2)
        return 1

def property_getter():
    Slow().value

async def main():
    for fn in (direct, for_generator, in_map, list_of_generator, star_args, star_kwargs,
               property_getter):
        def job(fn=fn):
            fn()
            print(fn.__name__, "after the sleep", flush=True)
        t = asyncio.create_task(asyncio.to_thread(job))
        await asyncio.sleep(0.1)
        print("main at 0.1")
        await t

asyncio.run(main())
