# A vending machine with coin handling, change-making and a command loop over scripted input.
COINS = [200, 100, 50, 20, 10, 5]
class Machine:
    def __init__(self, stock):
        self.stock, self.credit = stock, 0
    def insert(self, coin):
        if coin not in COINS:
            return f"rejected {coin}c"
        self.credit += coin
        return f"credit {self.credit}c"
    def choose(self, item):
        if item not in self.stock:
            return f"unknown item {item!r}"
        price, count = self.stock[item]
        if count == 0:
            return f"{item} sold out"
        if self.credit < price:
            return f"{item} costs {price}c, credit {self.credit}c"
        self.stock[item] = (price, count - 1)
        change, self.credit = self.make_change(self.credit - price), 0
        return f"vend {item}, change {change}"
    @staticmethod
    def make_change(amount):
        out = []
        for c in COINS:
            while amount >= c:
                out.append(c)
                amount -= c
        return out
m = Machine({"cola": (120, 2), "chips": (85, 1), "gum": (35, 0)})
script = "insert 100|choose cola|insert 50|choose cola|insert 3|insert 200|choose chips|choose chips|insert 50|choose gum|choose tea"
for line in script.split("|"):
    cmd, arg = line.split()
    print(f"{line:<15} -> {m.insert(int(arg)) if cmd == 'insert' else m.choose(arg)}")
print(m.stock, m.credit)
