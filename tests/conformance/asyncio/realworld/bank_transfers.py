# Concurrent transfers between accounts with per-account locks taken in a fixed order
# (no deadlock); the total balance is preserved.
import asyncio

class Account:
    def __init__(self, name, balance):
        self.name, self.balance = name, balance
        self.lock = asyncio.Lock()

async def transfer(src, dst, amount):
    first, second = sorted((src, dst), key=lambda a: a.name)
    async with first.lock:
        await asyncio.sleep(0)
        async with second.lock:
            if src.balance >= amount:
                src.balance -= amount
                await asyncio.sleep(0)
                dst.balance += amount
                return True
            return False

async def main():
    a, b, c = Account("a", 100), Account("b", 50), Account("c", 0)
    moves = [(a, b, 30), (b, c, 60), (c, a, 10), (b, a, 70), (a, c, 90), (c, b, 5)] * 3
    results = await asyncio.gather(*(transfer(s, d, m) for s, d, m in moves))
    print(results)
    print({acc.name: acc.balance for acc in (a, b, c)}, "total", a.balance + b.balance + c.balance)

asyncio.run(main())
