# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} outside grid")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))

g = Grid(4, 3)
g[1, 1] = "#"
g[2, 0] = "@"
print(len(g), g[1, 1], g[0, 0], "#" in g, "x" in g)
for row in g:
    print(row)
del g[1, 1]
print(list(g))
try:
    g[9, 9]
except IndexError as e:
    print("IndexError:", e)

class Seq:
    """Only __getitem__: iteration and `in` fall back to the old protocol."""
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * 10
print(list(Seq()), 30 in Seq(), 35 in Seq(), [x for x in Seq() if x > 10])

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return iter(range(self.n, 0, -1))
    def __reversed__(self): return iter(range(1, self.n + 1))
    def __len__(self): return self.n
print(list(Countdown(4)), list(reversed(Countdown(4))), len(Countdown(7)), bool(Countdown(0)))
class Slicer:
    def __getitem__(self, key):
        return key
s = Slicer()
print(s[1], s[1:2], s[::3], s[1, 2:3], s["k"], s[...])
