# Comprehension scoping: loop variables do not leak, class-body comprehensions, nested comprehension order.
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
gen_x = list(x for x in "ab")
print(x, gen_x)
print({k: [k * j for j in range(3)] for k in range(3)})
print([[(i, j) for j in range(i)] for i in range(4)])
print([(i, j) for i in range(4) for j in range(i)])
class Table:
    size = 3
    cells = [[0] * 3 for _ in range(3)]
    labels = [f"c{i}" for i in range(size)]
print(Table.cells, Table.labels)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
total = 0
result = [total := total + v for v in (1, 2, 3)]
print(result, total)
print(sum(1 for line in ["a", "", "b"] if line), [c for c in "hello" if c not in "aeiou"])
matrix = [[1, 2], [3, 4]]
print([row[i] for i in range(2) for row in matrix], [[row[i] for row in matrix] for i in range(2)])
