# A circuit breaker: after 3 failures it opens and rejects calls until a cooldown passes.
import asyncio

class CircuitOpen(Exception):
    pass

class Breaker:
    def __init__(self, threshold, cooldown):
        self.threshold, self.cooldown = threshold, cooldown
        self.failures = 0
        self.opened_at = None
    async def call(self, op):
        loop = asyncio.get_running_loop()
        if self.opened_at is not None:
            if loop.time() - self.opened_at < self.cooldown:
                raise CircuitOpen("circuit open")
            self.opened_at = None
            print("  half-open: trying again")
        try:
            result = await op()
        except Exception:
            self.failures += 1
            if self.failures >= self.threshold:
                self.opened_at = loop.time()
                self.failures = 0
            raise
        self.failures = 0
        return result

async def main():
    healthy = False
    async def service():
        await asyncio.sleep(0.005)
        if not healthy:
            raise OSError("service down")
        return "ok"
    breaker = Breaker(3, 0.1)
    for i in range(8):
        if i == 5:
            healthy = True
            await asyncio.sleep(0.15)
        try:
            print(i, await breaker.call(service))
        except (OSError, CircuitOpen) as e:
            print(i, type(e).__name__, e)

asyncio.run(main())
