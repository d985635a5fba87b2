# while loops with else, break, continue, and nested loops.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while finished normally at", i)

n = 0
while True:
    n += 1
    if n * n > 50:
        break
print("first n with n*n > 50:", n)

def find(haystack, needle):
    k = 0
    while k < len(haystack):
        if haystack[k] == needle:
            print("found", needle, "at", k)
            break
        k += 1
    else:
        print(needle, "not found")

find([3, 1, 4, 1, 5], 4)
find([3, 1, 4, 1, 5], 9)

rows = 0
while rows < 3:
    cols = 0
    line = []
    while cols < 4:
        line.append(rows * 4 + cols)
        cols += 1
    print(line)
    rows += 1
