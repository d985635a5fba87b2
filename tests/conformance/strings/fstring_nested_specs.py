# f-strings with nested replacement fields in format specs, conversions plus specs, and expressions with dict/str calls.
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
w = max(len(r[0]) for r in rows)
for name, price, qty in rows:
    print(f"{name:<{w}} | {price:>{6}.{2}f} | {qty:0{3}d} | {price * qty:{'>'}{8},.2f}")
for align in "<^>":
    print(f"[{'x':{align}{5}}]", end="")
print()
val = 1234.5678
for spec in (".1f", ",.2f", "e", "g", "010.2f", "+,"):
    print(f"{spec:>8}: {val:{spec}}")
print(f"{'quoted'!r:>12}|{3.5!s:<6}|{'é'!a:^10}|")
data = {"a": [1, 2], "b": {"c": 3}}
print(f"{data['a'][1]} {data['b']['c']} {len(data)=} {sorted(data)!r}")
print(f"{'-'.join(str(i) for i in range(3))} {', '.join(f'{k}={v}' for k, v in {'x': 1, 'y': 2}.items())}")
n = 255
print(f"{n:#06x} {n:#o} {n:08b} {n:_b} {-n:x} {n:c}")
print(f"{3.14159:.{1 + 2}f}", f"{'abc':.{2}}", f"{10:{'*'}^{7}}")
