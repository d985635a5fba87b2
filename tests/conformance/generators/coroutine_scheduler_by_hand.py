# A tiny round-robin scheduler for hand-written coroutines (no asyncio), with sleeps in "ticks".
class sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self.ticks
async def worker(name, n, delay):
    for i in range(n):
        print(f"{name} step {i}")
        await sleep(delay)
    return f"{name} done"
class Loop:
    def __init__(self):
        self.now, self.queue, self.results = 0, [], {}
    def spawn(self, coro):
        self.queue.append((self.now, len(self.queue) + len(self.results), coro))
    def run(self):
        seq = 100
        while self.queue:
            self.queue.sort(key=lambda e: (e[0], e[1]))
            when, _, coro = self.queue.pop(0)
            self.now = when
            try:
                delay = coro.send(None)
                seq += 1
                self.queue.append((self.now + delay, seq, coro))
            except StopIteration as s:
                print(f"t={self.now}: {s.value}")
loop = Loop()
loop.spawn(worker("A", 3, 2))
loop.spawn(worker("B", 2, 3))
loop.spawn(worker("C", 4, 1))
loop.run()
