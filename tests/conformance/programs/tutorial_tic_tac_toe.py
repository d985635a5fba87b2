# Tic-tac-toe: board rendering, winner detection, and a scripted game.
def render(board):
    rows = [" | ".join(board[r * 3:(r + 1) * 3]) for r in range(3)]
    return "\n---------\n".join(rows)
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if " " not in board else None
board = [" "] * 9
moves = [4, 0, 2, 6, 3, 5, 8, 1, 7]
player = "X"
for move in moves:
    if board[move] != " ":
        print("illegal move", move)
        continue
    board[move] = player
    result = winner(board)
    if result:
        break
    player = "O" if player == "X" else "X"
print(render(board))
print("result:", result)
print(winner(list("XXXOO    ")), winner(list("XOXXOOOXX")), winner(list("         ")))
