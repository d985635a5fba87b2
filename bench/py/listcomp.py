# List comprehensions.
total = 0
for r in range(450):
    squares = [i * i for i in range(10000)]
    evens = [x for x in squares if x % 2 == 0]
    pairs = [(a, b) for a in range(30) for b in range(30) if a < b]
    total += len(evens) + len(pairs) + sum(squares[:100])
print(total)
