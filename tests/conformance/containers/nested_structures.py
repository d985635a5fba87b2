# Nested data: list of dicts, grouping, shallow vs per-item copies, aliasing pitfalls.
inventory = [
    {"name": "apple", "kind": "fruit", "qty": 5},
    {"name": "carrot", "kind": "veg", "qty": 0},
    {"name": "pear", "kind": "fruit", "qty": 2},
    {"name": "leek", "kind": "veg", "qty": 7},
]
by_kind = {}
for item in inventory:
    by_kind.setdefault(item["kind"], []).append(item["name"])
print(by_kind)
print([i["name"] for i in inventory if i["qty"] == 0], sum(i["qty"] for i in inventory))
print(sorted(inventory, key=lambda i: i["qty"], reverse=True)[0]["name"])
shallow = list(inventory)
deep = [dict(item) for item in inventory]
inventory[0]["qty"] = 100
print(shallow[0]["qty"], deep[0]["qty"], shallow is inventory, shallow[0] is inventory[0])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(row) for row in zip(*matrix)], [matrix[i][i] for i in range(3)], [x for row in matrix for x in row if x % 2])
tree = {"value": 1, "children": [{"value": 2, "children": []}, {"value": 3, "children": [{"value": 4, "children": []}]}]}
def total(node):
    return node["value"] + sum(total(c) for c in node["children"])
def depth(node):
    return 1 + max((depth(c) for c in node["children"]), default=0)
print(total(tree), depth(tree))
grid = [["."] * 4 for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(row) for row in grid))
