# del on names, items, slices, attributes; deleting twice is an error.
x = 10
del x
print("x" in dir())
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
lst = [0, 1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
class Box:
    pass
box = Box()
box.value = 5
box.other = 6
del box.value
print(hasattr(box, "value"), box.other)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print("NameError:", e)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
