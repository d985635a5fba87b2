# Conditional expressions in many positions; nested ternaries; truthiness-based defaults.
def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 65, 90, 80)])
items = []
print("empty" if not items else f"{len(items)} items")
name = None
print(name or "anonymous", (name or "").upper() or "-")
print([x if x % 2 else -x for x in range(6)])
print({k: ("even" if v % 2 == 0 else "odd") for k, v in zip("abc", (1, 2, 3))})
f = (lambda x: "pos") if True else (lambda x: "neg")
print(f(1))
value = 0
result = (value if value else "zero") if value is not None else "none"
print(result)
print(max(1, 2) if 3 > 2 else min(1, 2), (1 if False else 2) + 10)
def sign(n):
    return (n > 0) - (n < 0)
print([sign(n) for n in (-5, 0, 5)], ["neg", "zero", "pos"][sign(-3) + 1])
