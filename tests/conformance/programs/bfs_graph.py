# Graph algorithms on dict adjacency lists: BFS shortest path, DFS order, topological sort, Dijkstra without heapq.
graph = {
    "a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [],
}
def bfs_path(g, start, goal):
    frontier, parents = [start], {start: None}
    while frontier:
        nxt = []
        for node in frontier:
            for nb in g[node]:
                if nb not in parents:
                    parents[nb] = node
                    nxt.append(nb)
        frontier = nxt
    path, node = [], goal
    while node is not None:
        path.append(node)
        node = parents.get(node)
    return path[::-1]
def dfs(g, node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nb in g[node]:
        if nb not in seen:
            dfs(g, nb, seen)
    return seen
def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return order
print(bfs_path(graph, "a", "f"), dfs(graph, "a"), topo(graph))
weighted = {"A": {"B": 4, "C": 1}, "B": {"D": 1}, "C": {"B": 2, "D": 5}, "D": {}}
def dijkstra(g, src):
    dist = {n: float("inf") for n in g}
    dist[src] = 0
    todo = set(g)
    while todo:
        u = min(sorted(todo), key=lambda n: dist[n])
        todo.remove(u)
        for v, w in g[u].items():
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    return dist
print(dijkstra(weighted, "A"))
