# Cyclic garbage with __del__ (PEP 442): gc.collect() finalizes each object once, may be
# resurrected by its finalizer, and is freed later without a second __del__.
import gc

gc.disable()
log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        log.append(self.name)


a = Node("a")
b = Node("b")
a.other, b.other = b, a
del a, b
print("before collect:", log)
gc.collect()
print("after collect:", sorted(log))

saved = []


class Phoenix:
    def __init__(self):
        self.me = self
        self.deaths = 0

    def __del__(self):
        self.deaths += 1
        print("Phoenix.__del__ call", self.deaths)
        saved.append(self)


Phoenix()
gc.collect()
print("resurrected:", len(saved), saved[0].deaths)
saved.clear()
gc.collect()
print("second collect: no second __del__")


class Holder:
    def __init__(self, n):
        self.n = n
        self.cycle = [self]

    def __del__(self):
        print("Holder", self.n, "sees cycle of", len(self.cycle))


for i in range(3):
    Holder(i)
gc.collect()
print("gc enabled:", gc.isenabled())
gc.enable()
print("gc enabled:", gc.isenabled())
