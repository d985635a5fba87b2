# Money done with integers (cents) vs floats; rounding policies; splitting bills fairly.
prices = [19.99, 5.01, 0.1, 0.2, 3.30]
print(sum(prices), round(sum(prices), 2), f"{sum(prices):.2f}")
cents = [round(p * 100) for p in prices]
print(cents, sum(cents), f"{sum(cents) // 100}.{sum(cents) % 100:02d}")
def split(total_cents, people):
    base, extra = divmod(total_cents, people)
    return [base + (1 if i < extra else 0) for i in range(people)]
shares = split(10000, 3)
print(shares, sum(shares), [f"{s / 100:.2f}" for s in shares])
def bankers(x, places=2):
    return round(x, places)
print([bankers(v) for v in (0.125, 0.135, 2.675, 1.005, 0.5, 1.5)], [round(v) for v in (0.5, 1.5, 2.5, 3.5)])
rate = 0.0725
for amount in (10.00, 19.99, 100.50):
    tax = round(amount * rate, 2)
    print(f"{amount:>8.2f} tax {tax:>5.2f} total {amount + tax:>8.2f}")
interest = 1000.0
for year in range(1, 4):
    interest *= 1.05
    print(year, interest, round(interest, 2))
