# __bool__ and __len__ drive truthiness; __bool__ must return bool; __len__ must be >= 0.
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Empty()), bool(Full()), bool(Flag(False)), bool(Both()), bool(object()))
print("yes" if Full() else "no", not Empty(), Flag(True) and "and-result", Flag(False) or "or-result")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
while Flag(False):
    print("never")
print([x for x in [Empty(), Full(), Flag(True)] if x].__len__())
