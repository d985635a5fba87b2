# A class-based async context manager: __aenter__/__aexit__ may await; exceptions reach __aexit__.
import asyncio

class Connection:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print("open", self.name)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print("close", self.name, "after", exc_type.__name__ if exc_type else "success")
        return exc_type is KeyError   # swallow KeyError only

async def main():
    async with Connection("db") as c:
        print("using", c.name)
    async with Connection("cache"):
        raise KeyError("swallowed by __aexit__")
    print("KeyError was swallowed")
    try:
        async with Connection("api"):
            raise ValueError("propagates")
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
