# reprs of the synchronisation primitives, with the address cut out.
import asyncio
import re

def clean(o):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(o))

async def main():
    lock, ev, sem, cond = asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(2), asyncio.Condition()
    print(clean(lock), clean(ev), clean(sem), clean(cond))
    await lock.acquire()
    ev.set()
    await sem.acquire()
    print(clean(lock), clean(ev), clean(sem))
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(clean(lock))
    lock.release()
    await w

asyncio.run(main())
