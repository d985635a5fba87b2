# Validating and solving a small sudoku (4x4) with backtracking.
def valid(board):
    n = len(board)
    box = int(n ** 0.5)
    groups = [row for row in board] + [list(col) for col in zip(*board)]
    for br in range(0, n, box):
        for bc in range(0, n, box):
            groups.append([board[r][c] for r in range(br, br + box) for c in range(bc, bc + box)])
    return all(sorted(x for x in g if x) == sorted(set(x for x in g if x)) for g in groups)
def solve(board):
    n = len(board)
    for r in range(n):
        for c in range(n):
            if board[r][c] == 0:
                for v in range(1, n + 1):
                    board[r][c] = v
                    if valid(board) and solve(board):
                        return True
                board[r][c] = 0
                return False
    return True
puzzle = [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]]
print(valid(puzzle), solve(puzzle))
for row in puzzle:
    print(" ".join(map(str, row)))
print(valid([[1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]))
