# itertools.chain, accumulate, groupby, takewhile, dropwhile, starmap, zip_longest, tee, pairwise, compress, filterfalse.
import itertools as it
print(list(it.chain([1, 2], "ab", range(2))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
data = sorted("mississippi")
print([(k, len(list(g))) for k, g in it.groupby(data)])
people = [("a", 1), ("b", 1), ("c", 2), ("d", 3), ("e", 3)]
print({k: [n for n, _ in g] for k, g in it.groupby(people, key=lambda p: p[1])})
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.pairwise("abcd")), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(8))), list(it.islice(it.chain.from_iterable(it.repeat("xy")), 5)))
print(list(it.accumulate(["a", "b", "c"])), list(it.batched(range(7), 3)) if hasattr(it, "batched") else "no batched in 3.11")
