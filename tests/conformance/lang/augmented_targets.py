# Augmented assignment on attributes, subscripts and slices evaluates the target once.
calls = []
class Box:
    def __init__(self):
        self.n = 1
        self.items = [1, 2, 3]
box = Box()
def get_box():
    calls.append("get_box")
    return box
def idx():
    calls.append("idx")
    return 1
get_box().n += 10
get_box().items[idx()] *= 100
print(box.n, box.items, calls)
d = {"k": [1]}
d["k"] += [2]
d.setdefault("new", 0)
d["new"] -= 5
print(d)
s = [1, 2, 3, 4]
s[1:3] += [9]
print(s)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
text = "a"
text += "b" * 2
text *= 2
print(text)
n = 7
n //= 2; n **= 3; n >>= 1; n |= 1; n ^= 0b10
print(n)
f = 1.5
f /= 2; f %= 0.5; f += 1
print(f)
