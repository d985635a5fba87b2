# import x, import x as y, from x import a, b as c; modules are cached.
import math
import math as m
from math import sqrt, pi as PI
from collections import deque, OrderedDict as OD
import sys, string
print(math is m, sqrt(16), round(PI, 5))
print(type(deque()).__name__, OD.__name__)
print(string.ascii_lowercase[:5])
print("math" in sys.modules, m.floor(2.7))
def local_import():
    import json
    from json import dumps as d
    return d({"x": [1, 2]}), json.loads("[3]")
print(local_import())
import itertools, functools
print(list(itertools.islice(itertools.count(5), 3)), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(math.__name__)
