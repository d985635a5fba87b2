# A loop that keeps at most 3 jobs in flight with wait(FIRST_COMPLETED).
import asyncio

in_flight = 0
peak = 0

async def job(i):
    global in_flight, peak
    in_flight += 1
    peak = max(peak, in_flight)
    await asyncio.sleep(0.01 * (i % 4 + 1))
    in_flight -= 1
    return i

async def main():
    todo = list(range(10))
    running = set()
    finished = []
    while todo or running:
        while todo and len(running) < 3:
            running.add(asyncio.create_task(job(todo.pop(0))))
        done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        finished += [t.result() for t in done]
    print(sorted(finished), "peak in flight:", peak)

asyncio.run(main())
