# Builtins used as values: passing len/str/int around, key functions, map over methods, callable() checks.
funcs = [len, str.upper, abs, int, sorted, sum]
args = ["hello", "hello", -5, "42", "cab", [1, 2, 3]]
for f, a in zip(funcs, args):
    print(f.__name__, "->", f(a))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "max": max, "pow": pow}
print({k: f(7, 3) for k, f in ops.items()})
print(list(map(int, ["1", "2"])), list(map(float, ["1.5"])), list(map(bool, [0, 1, ""])), list(map(len, ["", "ab"])))
print(sorted(["10", "9", "100"], key=len), sorted([-3, 2, -1], key=abs), max(["x", "yyy", "zz"], key=len))
print(callable(print), callable(str.join), callable(None), callable(type), callable([].append))
print(type(len).__name__, type(str.upper).__name__, type("".upper).__name__, type([].append).__name__)
