# Matrix operations on lists: multiply, transpose, determinant, identity, power, Gaussian elimination.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
def matpow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result
def solve(a, b):
    n = len(a)
    m = [[float(x) for x in row] + [float(v)] for row, v in zip(a, b)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if m[r][col] != 0)
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [round(m[i][n] / m[i][i], 9) for i in range(n)]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B), transpose([[1, 2, 3], [4, 5, 6]]), identity(3))
print(det(A), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
print(matpow([[1, 1], [1, 0]], 30)[0][1])
x = solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])
print(x, solve([[1, 2], [3, 5]], [1, 1]))
for row in matmul([[1, 0, 2], [0, 1, 0]], [[1, 2], [3, 4], [5, 6]]):
    print(" ".join(f"{v:4}" for v in row))
