# conformance: error stderr=full
# Errors inside comprehensions show their own <listcomp>/<dictcomp> frames.
rows = [{"n": 1}, {"n": 2}, {"m": 3}]
values = [r["n"] for r in rows]
