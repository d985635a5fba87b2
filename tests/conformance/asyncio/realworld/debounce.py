# Debouncing: a burst of events triggers one action after 0.1 s of quiet.
import asyncio

class Debouncer:
    def __init__(self, delay, action):
        self.delay, self.action = delay, action
        self.handle = None
    def trigger(self, value):
        if self.handle:
            self.handle.cancel()
        loop = asyncio.get_running_loop()
        self.handle = loop.call_later(self.delay, self.action, value)

async def main():
    fired = []
    d = Debouncer(0.1, fired.append)
    for burst in (["a", "ab", "abc"], ["x", "xy"]):
        for v in burst:
            d.trigger(v)
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.2)
    print("actions fired:", fired)

asyncio.run(main())
