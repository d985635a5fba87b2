# Merging layered JSON configs recursively, validating types, reporting differences.
import json
base = json.loads('{"server": {"host": "0.0.0.0", "port": 8080, "tls": false}, "log": {"level": "info"}, "features": ["a"]}')
override = json.loads('{"server": {"port": 9090, "tls": true}, "log": {"level": "debug", "file": "app.log"}, "features": ["b"]}')
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        elif isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + [x for x in v if x not in out[k]]
        else:
            out[k] = v
    return out
def diff(a, b, path=""):
    for k in sorted(set(a) | set(b)):
        p = f"{path}.{k}" if path else k
        if k not in a:
            yield f"+ {p} = {json.dumps(b[k])}"
        elif k not in b:
            yield f"- {p}"
        elif isinstance(a[k], dict) and isinstance(b[k], dict):
            yield from diff(a[k], b[k], p)
        elif a[k] != b[k]:
            yield f"~ {p}: {json.dumps(a[k])} -> {json.dumps(b[k])}"
schema = {"server.port": int, "server.tls": bool, "log.level": str}
merged = merge(base, override)
print(json.dumps(merged, indent=2))
print("\n".join(diff(base, merged)))
for path, typ in schema.items():
    node = merged
    for part in path.split("."):
        node = node[part]
    print(path, type(node).__name__, isinstance(node, typ))
