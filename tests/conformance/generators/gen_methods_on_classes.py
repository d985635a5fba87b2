# Generators as methods and properties; generator objects keep a reference to self; iterating dict-backed data.
class Inventory:
    def __init__(self):
        self.stock = {"apple": 3, "pear": 0, "plum": 7}
    def available(self):
        for name, qty in self.stock.items():
            if qty:
                yield name, qty
    @property
    def names(self):
        return (n for n in self.stock)
    def restock(self, amount):
        for name in self.stock:
            old = self.stock[name]
            self.stock[name] += amount
            yield f"{name}: {old} -> {self.stock[name]}"
inv = Inventory()
print(list(inv.available()), list(inv.names))
gen = inv.restock(2)
print(next(gen))
print(inv.stock)
print(list(gen))
print(dict(inv.available()))
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print([list(c) for _ in range(2)], sum(Countdown(100)))
