# finally with break/continue/return inside loops and generators; exceptions swallowed by return in finally.
def count():
    n = 0
    for i in range(5):
        try:
            if i == 3:
                break
            n += 1
        finally:
            n += 10
    return n
print(count())
def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_continue())
def nested_finally():
    try:
        try:
            return "inner return"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
def return_in_finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i == 1:
                return f"swallowed at {i}"
            continue
print(return_in_finally_swallows())
def while_finally():
    i = 0
    while True:
        try:
            i += 1
            if i > 2:
                return i
        finally:
            print("iteration", i)
print(while_finally())
