# hash() of user __hash__ results: reduced like int hashes, -1 becomes -2, non-int results rejected.
class A:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for h in (2**70, -1, -2**64 - 5, True, 10**30 + 7):
    print(hash(A(h)))
try:
    hash(A("x"))
except TypeError as e:
    print("TypeError:", e)
try:
    hash(A(1.5))
except TypeError as e:
    print("TypeError:", e)
print(hash(-1), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(1.5), hash(-0.0), hash(float('inf')))
class B(int):
    pass
print(hash(B(5)), hash(A(B(7))))
