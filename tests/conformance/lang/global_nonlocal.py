# global and nonlocal declarations, shadowing, and module-level state.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)

def shadow():
    counter = 100
    return counter
print(shadow(), counter)

def define_global():
    global created_later
    created_later = "made inside a function"
define_global()
print(created_later)

def outer():
    x = 1
    def middle():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
        inner()
    middle()
    return x
print(outer())

def reads_global():
    return counter * 2
print(reads_global())

def outer2():
    values = []
    def push(v):
        values.append(v)
    push(1); push(2)
    return values
print(outer2())
