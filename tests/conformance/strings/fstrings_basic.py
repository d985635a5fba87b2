# f-strings: expressions, conversions, nested quotes, self-documenting =, braces.
name, n = "Ada", 42
items = ["x", "y"]
print(f"hello {name}!", f"{n + 1}", f"{n * 2 = }", f"{name=}", f"{name!r}", f"{name!s}", f"{'é'!a}")
print(f"{items[0]} {items[-1]} {len(items)} {{literal braces}} {{{n}}}")
print(f"{'nested' + ' quotes'}", f'{"double" in "in double"}', f"{ {'k': 1}['k'] }")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#b}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|{name:{'>'}{width}}|")
print(f"{[i * i for i in range(4)]}", f"{(lambda x: x * 2)(5)}", f"{n if n > 40 else 0}")
print(f"""multi
line {name}""")
print(rf"raw \n {name}", fr"\t{n}")
print(f"{1_000_000:,}", f"{1234567.891:,.2f}", f"{0.25:.1%}", f"{12345:_}")
obj = {"a": [1, {"b": "deep"}]}
print(f"{obj['a'][1]['b']}")
print(f"{n!r:>6}", f"{name!r:^10}", f"{3.0=}", f"{n = :>4}")
print(f"{'{'}{'}'}")
