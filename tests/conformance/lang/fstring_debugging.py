# f-string self-documenting expressions with spacing, conversions and format specs.
x, name, items = 3.14159, "Ada", [1, 2]
print(f"{x=}", f"{x = }", f"{x=:.2f}", f"{x = :>10.3f}", f"{name=!s}", f"{name=!r}", f"{items=}")
print(f"{x * 2 = }", f"{len(items)=}", f"{items[0] + items[1]=}", f"{name.upper()=}")
print(f"{'nested ' + name=}", f"{x=!r:>20}", f"{1 + 1 = }")
d = {"key": "value"}
print(f"{d['key']=}", f"{d=}", f"{None=}", f"{True and False=}")
