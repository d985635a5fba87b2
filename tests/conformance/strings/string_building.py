# Building strings: join vs concatenation, str * n, reversed, character arithmetic.
parts = []
for i in range(5):
    parts.append(f"<{i}>")
print("".join(parts))
s = ""
for ch in "abc":
    s += ch.upper() + "-"
print(s[:-1])
print("".join(chr(ord("a") + i) for i in range(26)))
print("".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.isalpha() else c for c in "hello world"))
table = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for a, b in table:
    print(f"{a:<8}{b:>5}")
print("\n".join("*" * i for i in range(1, 5)))
print("=" * 20)
print(str(123)[::-1], int(str(123)[::-1]) + 1)
print(", ".join(map(str, range(5))), "".join(reversed("abc")))
print("%-6s|%6s" % ("ab", "cd"))
bar = lambda v, total: "[" + "#" * (v * 20 // total) + "." * (20 - v * 20 // total) + "]"
for v in (0, 5, 13, 20):
    print(bar(v, 20), f"{v / 20:.0%}")
