# range with bounds beyond 64 bits: len, indexing, slicing, membership, iteration, hashing.
big = 10 ** 20
r = range(big, big + 10, 3)
print(r, len(r), list(r), r[1], r[-1], r[1:3], big + 3 in r, big + 4 in r, r.index(big + 6), r.count(big))
print(list(reversed(r)), hash(range(0)) == hash(range(5, 5)), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 7))
R = range(-big, big, 7)
print(R[123456789012345], R[-1], 3 * 7 - big in R, bool(range(big)), range(big)[big // 2])
try:
    len(range(big))
except OverflowError as e:
    print("OverflowError:", e)
print(2.0 in range(5), range(5).count(2.0), range(5).index(True), range(True, 4)[0], range(-(2 ** 62), 2 ** 62, 2 ** 61)[3])
print(list(range(2 ** 61 - 2, 2 ** 61 + 2)), list(range(0, -(2**63), -(2**62))))
for x in range(big, big + 2): print(x)
print(sum(range(10**6)), range(10)[::-2], range(10)[3:100], range(3)[-100:])
try:
    range(3)["a"]
except TypeError as e:
    print("TypeError:", e)
