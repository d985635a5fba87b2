# itertools.product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=3))[:4], len(list(product(range(3), repeat=4))))
print(list(permutations("abc")), list(permutations(range(4), 2))[:5], len(list(permutations(range(5)))))
print(list(combinations("abcd", 2)), list(combinations(range(5), 4)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)))
coins = [1, 2, 5]
ways = [c for n in range(1, 4) for c in combinations_with_replacement(coins, n) if sum(c) == 6]
print(ways)
grid = [(r, c) for r, c in product(range(3), range(3)) if r != c]
print(grid)
print(["".join(p) for p in permutations("dog")], sorted(set(permutations("aab"))))
