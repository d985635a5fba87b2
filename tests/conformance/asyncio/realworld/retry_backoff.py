# Retries with exponential backoff around a flaky operation (fails a scripted number of times).
import asyncio

class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0
    async def __call__(self):
        self.calls += 1
        await asyncio.sleep(0.01)
        if self.calls <= self.failures:
            raise ConnectionError(f"attempt {self.calls} failed")
        return f"success after {self.calls} calls"

async def retry(op, attempts=5, base=0.02):
    for attempt in range(attempts):
        try:
            return await op()
        except ConnectionError as e:
            delay = base * 2 ** attempt
            print(f"{e}; retrying in {delay:.2f}s")
            await asyncio.sleep(delay)
    raise RuntimeError("giving up")

async def main():
    print(await retry(Flaky(3)))
    try:
        await retry(Flaky(10), attempts=3)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
