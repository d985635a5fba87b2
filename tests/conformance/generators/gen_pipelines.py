# Generator pipelines: lazy stages, itertools-style composition, early termination.
def read_lines():
    for line in ["# comment", "alpha 3", "", "beta 5", "gamma x", "delta 7"]:
        print(f"  read {line!r}")
        yield line
def non_empty(lines):
    return (l for l in lines if l and not l.startswith("#"))
def parse(lines):
    for l in lines:
        name, _, value = l.partition(" ")
        if value.isdigit():
            yield name, int(value)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(2, parse(non_empty(read_lines())))))
print(sum(v for _, v in parse(non_empty(read_lines()))))
def running_max(it):
    best = None
    for x in it:
        best = x if best is None or x > best else best
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
squares = (x * x for x in range(10))
print(5 in squares, list(squares))
