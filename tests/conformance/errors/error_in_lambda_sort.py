# conformance: error
# Uncaught error: error inside a sort key.
rows = [{'n': 1}, {'m': 2}]
print(sorted(rows, key=lambda r: r['n']))
