# match details: strings are not sequences, mapping rest, star in the middle, guards with side effects.
def kind(x):
    match x:
        case str():
            return "string (not a sequence pattern)"
        case []:
            return "empty sequence"
        case [x]:
            return f"singleton {x!r}"
        case [first, *middle, last] if middle:
            return f"first={first} middle={middle} last={last}"
        case [a, b]:
            return f"pair {a},{b}"
        case {"id": int(i), **rest} if not rest:
            return f"bare id {i}"
        case {"id": i, **rest}:
            return f"id {i} with {sorted(rest)}"
        case {}:
            return "some other mapping"
        case _:
            return f"no match for {type(x).__name__}"
for x in ["abc", [], (), [1], ("only",), [1, 2, 3, 4], (1, 2), range(3), {"id": 5}, {"id": "x", "b": 2, "a": 1}, {}, {"z": 1}, 42, b"ab"]:
    print(repr(x), "->", kind(x))
def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as code:
            return f"redirect {code}"
        case int(code) if 400 <= code < 500:
            return "client error"
        case int(code) if code >= 500:
            return "server error"
    return "unknown"
print([http(s) for s in (200, 204, 302, 404, 418, 503, 100)])
