# Shopping cart with discounts (strategy functions), tax, receipt formatting with format specs.
from dataclasses import dataclass
@dataclass
class Line:
    name: str
    unit: float
    qty: int
    @property
    def total(self):
        return self.unit * self.qty
def ten_percent(lines):
    return 0.10 * sum(l.total for l in lines)
def buy_two_get_one(lines):
    return sum((l.qty // 3) * l.unit for l in lines)
def best_discount(lines, strategies):
    return max(((s(lines), s.__name__) for s in strategies), key=lambda p: p[0])
cart = [Line("coffee", 7.99, 3), Line("mug", 12.5, 1), Line("filter", 0.05, 100)]
discount, name = best_discount(cart, [ten_percent, buy_two_get_one])
subtotal = sum(l.total for l in cart)
tax = round((subtotal - discount) * 0.08, 2)
print(f"{'item':<10}{'qty':>5}{'unit':>8}{'total':>9}")
for l in cart:
    print(f"{l.name:<10}{l.qty:>5}{l.unit:>8.2f}{l.total:>9.2f}")
print(f"{'subtotal':<23}{subtotal:>9.2f}")
print(f"{'discount (' + name + ')':<23}{-discount:>9.2f}")
print(f"{'tax 8%':<23}{tax:>9.2f}")
print(f"{'TOTAL':<23}{subtotal - discount + tax:>9.2f}")
