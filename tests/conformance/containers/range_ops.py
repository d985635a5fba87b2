# range objects: indexing, slicing, len, membership, reversed, equality, repr.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], 11 in r, 12 in r, r.index(14), r.count(5))
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(3, 3)), list(range(-5, -1)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), len(range(10 ** 6)), range(10 ** 20)[-1], (10 ** 20 - 1) in range(10 ** 20))
print(list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)), sorted(range(3), reverse=True))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(r.start, r.stop, r.step, bool(range(0)), bool(range(1)), hash(range(3)) == hash(range(3)))
