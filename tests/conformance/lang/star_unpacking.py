# Star-unpacking in assignments, calls, and list/tuple/set/dict displays.
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*a, = "xyz"
print(a)
(a, *b), c = "hello", 5
print(a, b, c)
print([*range(3), *"ab", 9])
print((*[1, 2], 3))
print(sorted({*[1, 2], *(2, 3)}))
print({**{"a": 1, "b": 2}, "b": 20, **{"c": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
first, second, *_ = "abcdef"
print(first, second)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
nested = [[1, 2], [3, 4]]
print(*nested, sep=" | ")
print(*"spread")
head, *tail = range(1)
print(head, tail)
