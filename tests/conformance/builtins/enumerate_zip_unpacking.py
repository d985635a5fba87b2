# enumerate/zip combined with unpacking, dict building, strict and uneven lengths, and consuming iterators partially.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
for i, (name, age) in enumerate(zip(names, ages), start=1):
    print(f"{i}: {name} is {age}")
print(dict(zip(names, ages)), dict(enumerate(names)), list(zip(*enumerate("ab"))))
pairs = list(zip(names, ages))
unzipped_names, unzipped_ages = zip(*pairs)
print(unzipped_names, unzipped_ages)
it = iter(range(10))
print(list(zip(it, it)), list(it))
it2 = iter("abcdef")
print(next(it2), list(zip(it2, range(2))), list(it2))
e = enumerate("xyz")
print(next(e), next(e), list(e))
try:
    list(zip(names, ages, strict=True))
except ValueError as err:
    print("ValueError:", err)
print(max(enumerate([3, 9, 2]), key=lambda p: p[1]), sorted(enumerate("cab"), key=lambda p: p[1]))
