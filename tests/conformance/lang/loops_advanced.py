# Loop idioms: enumerate with unpacking, zip with ranges, reversed ranges, nested break with flags, loop over dict while copying.
matrix = [[3, 8, 1], [9, 2, 7], [4, 6, 5]]
for r, row in enumerate(matrix):
    for c, val in enumerate(row):
        if val == 9:
            print(f"found 9 at ({r}, {c})")
for i in range(len(matrix) - 1, -1, -1):
    print(i, matrix[i][::-1])
found = None
for row in matrix:
    for val in row:
        if val > 7:
            found = val
            break
    if found is not None:
        break
print("first > 7:", found)
prices = {"a": 5, "b": 0, "c": 2}
for k in list(prices):
    if prices[k] == 0:
        del prices[k]
print(prices)
total = 0
for i in range(1, 101):
    if i % 15 == 0:
        total += i
print(total)
fizz = []
for n in range(1, 16):
    fizz.append("FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n))
print(" ".join(fizz))
i = 0
while i < 10:
    i += 3
else:
    print("while ended with i =", i)
for x, y in zip(range(3), range(10, 13)):
    print(x * y, end=" ")
print()
