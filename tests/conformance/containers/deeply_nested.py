# Containers nested far deeper than the recursion limit: repr, str, comparisons and hash
# end as in CPython 3.11 (RecursionError with its message, or the value), never in a crash
# of the machine stack (the wasm build runs on a browser worker's ~1 MB).
def nest(n, wrap):
    x = ()
    for _ in range(n):
        x = wrap(x)
    return x


for name, wrap in (("tuple", lambda x: (x,)), ("list", lambda x: [x]), ("dict", lambda x: {"k": x})):
    a, b = nest(5000, wrap), nest(5000, wrap)
    for op, fn in (("repr", repr), ("str", str), ("==", lambda v: v == b), ("!=", lambda v: v != b),
                   ("in", lambda v: v in [b])):
        try:
            print(name, op, fn(a))
        except RecursionError as e:
            print(name, op, "RecursionError:", e)
    if name != "dict":
        try:
            print(name, "<", a < b)
        except RecursionError as e:
            print(name, "<", "RecursionError:", e)
    print(name, "shallow", repr(nest(3, wrap)), nest(40, wrap) == nest(40, wrap))

# Nested tuples hash without recursion in CPython (no limit applies): the same value here.
deep = nest(100000, lambda x: (x, 1))
print(hash(deep) == hash(nest(100000, lambda x: (x, 1))), hash(deep))
print(hash(nest(5000, lambda x: ((x,), (1, 2)))))
print(hash(((1, 2), (3, (4, (5,)))) ), hash(()), hash(((),)), hash((-1, (-2,))))
try:
    hash(((1, [2]),))
except TypeError as e:
    print("TypeError:", e)
key = nest(3000, lambda x: (x,))
d = {key: "found"}
print(d[key])  # the same object: found without comparing
try:
    print(d[nest(3000, lambda x: (x,))])  # an equal one is compared item by item
except RecursionError as e:
    print("lookup RecursionError:", e)
print("still alive")
