# bool is an int subclass; None's identity and comparisons.
print(True + 1, True * 3, False * 10, True / 2, True // 1, -True, ~True, True & False, True | False, True ^ True)
print(bool(0), bool(1), bool(-1), bool(""), bool(" "), bool(None), bool([]), bool([[]]), bool(0.0), bool(1e-300))
print(isinstance(True, int), issubclass(bool, int), type(True), True == 1, False == 0, True is True)
print(str(True), repr(False), int(True), float(False), f"{True}", f"{True:d}", f"{False:>6}")
print(sum([True, True, False, True]), max(True, 2), sorted([True, False, 2, -1]))
print(None is None, None == None, type(None).__name__, repr(None), str(None), None == 0, None == False)
d = {1: "int one", True: "bool true", 1.0: "float one"}
print(d)
print(hash(True), hash(False), hash(None) == hash(None))
x = None
print(x or "default", x is not None)
print(bool.__name__, True.__class__.__name__, (1 == 1).__class__.__name__)
