# Chained comparisons evaluate the middle operand once and short-circuit.
def val(x, log):
    log.append(x)
    return x

log = []
print(val(1, log) < val(2, log) < val(3, log), log)
log = []
print(val(3, log) < val(2, log) < val(1, log), log)
log = []
print(val(1, log) == val(1, log) != val(2, log), log)
x = 5
print(0 < x < 10, 0 < x < 4, 10 > x >= 5, x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4)
print("a" <= "a" < "b", [1] < [1, 0] <= [2])
a = [1, 2]
b = a
print(a is b is not None, a in [a] in [[a]])
