# conformance: realtime
# A token-bucket rate limiter (burst of 5, then 1 token per 0.05 s) timed with loop.time().
import asyncio

class TokenBucket:
    def __init__(self, capacity, refill_every):
        self.capacity = capacity
        self.tokens = capacity
        self.refill_every = refill_every
        self.loop = asyncio.get_running_loop()
        self.last = self.loop.time()
    async def take(self):
        while True:
            now = self.loop.time()
            gained = int((now - self.last) / self.refill_every)
            if gained:
                self.tokens = min(self.capacity, self.tokens + gained)
                self.last += gained * self.refill_every
            if self.tokens:
                self.tokens -= 1
                return
            await asyncio.sleep(self.last + self.refill_every - now)

async def main():
    bucket = TokenBucket(5, 0.05)
    start = bucket.loop.time()
    stamps = []
    for i in range(10):
        await bucket.take()
        stamps.append(bucket.loop.time() - start)
    print("first five immediate:", all(s < 0.04 for s in stamps[:5]))
    print("then one per interval:", [round(s / 0.05) for s in stamps[5:]])

asyncio.run(main())
