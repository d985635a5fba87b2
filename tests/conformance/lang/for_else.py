# for loops over many iterables, for/else, break/continue, tuple targets.
for ch in "abc":
    print(ch, end=" ")
print()
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty loop else runs")
total = 0
for x in range(10):
    if x % 3 == 0:
        continue
    total += x
print("total", total)
for x in range(5):
    pass
print("loop variable after loop:", x)
for a, *rest in ["hello", "py"]:
    print(a, rest)
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    for cell in row:
        if cell == 5:
            print("found 5")
            break
    else:
        continue
    break
