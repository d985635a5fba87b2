# Module-level and global name lookups stay right while the names they found change:
# a global shadowing a builtin appears and disappears, globals are rebound inside loops
# that call functions reading them, and names are deleted and re-created.
def show(x):
    return len(x)

total = 0
for i in range(6):
    if i == 2:
        def len(x):                       # shadows the builtin for module code and show()
            return -1
    if i == 4:
        del len
    total += len("abc") + show("ab")
    print(i, len("abc"), show("ab"), total)

counter = 0
def bump():
    return counter + 1
for i in range(5):
    counter = bump()                      # rebinds the global the function reads
print(counter)

x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
x = 2
print(x)

for k in range(3):
    globals()["dyn%d" % k] = k * k
print(dyn0, dyn1, dyn2)

import builtins
builtins.extra_name = "from builtins"
print(extra_name)
del builtins.extra_name
try:
    print(extra_name)
except NameError as e:
    print("NameError:", e)

s = ""
for i in range(5):
    s += str(i)
    t = s
print(s, t)
