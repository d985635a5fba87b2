# Records as tuples: sorting by several fields, unpacking in loops, zip/unzip, tuple keys in dicts.
records = [("ada", "eng", 120), ("bob", "ops", 90), ("cy", "eng", 110), ("dee", "ops", 95), ("eve", "hr", 70)]
for name, dept, pay in sorted(records, key=lambda r: (r[1], -r[2])):
    print(f"{dept:<4}{name:<5}{pay:>5}")
names, depts, pays = zip(*records)
print(names, sorted(set(depts)), sum(pays))
by_dept = {}
for name, dept, pay in records:
    by_dept[dept] = by_dept.get(dept, ()) + (name,)
print(by_dept)
grid = {(x, y): "#" if (x + y) % 3 == 0 else "." for x in range(4) for y in range(3)}
for y in range(3):
    print("".join(grid[(x, y)] for x in range(4)))
point = (3, 4)
x, y = point
print(x * y, point[::-1], point + (5,), point * 2, (1, 2) < (1, 2, 3), (2,) > (1, 99))
print(sorted(records, key=lambda r: r[2])[-1][0], min(records, key=lambda r: (r[1], r[0])))
