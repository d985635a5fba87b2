# Assignment expressions in conditions, comprehensions and while loops.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
values = iter(range(1, 100))
total = 0
while (v := next(values)) < 6:
    total += v
print(total, v)
print([y for x in range(6) if (y := x * x) % 2 == 0])
print(y)
def f(x):
    return x * 10
print([r for x in range(5) if (r := f(x)) > 15])
print((z := 5) + z)
lines = ["a=1", "bad", "c=3"]
parsed = {}
for line in lines:
    if (eq := line.find("=")) >= 0:
        parsed[line[:eq]] = int(line[eq + 1:])
print(parsed)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("popped", top)
print(any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]), hit)
