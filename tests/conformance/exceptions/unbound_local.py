# UnboundLocalError when a local is read before assignment; NameError for free names.
x = 10
def reads_then_assigns():
    print(x)
    x = 5
try:
    reads_then_assigns()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
    print(isinstance(e, NameError))
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def outer():
    def inner():
        return free_var
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    free_var = 1
    print(inner())
outer()
def after_del():
    y = 1
    del y
    return y
try:
    after_del()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(undefined_name_here)
except NameError as e:
    print("NameError:", e, repr(e.name) if hasattr(e, "name") else "")
