# conformance: error stderr=full
# Carets for nested calls, a parenthesised operand, a subscript inside a call and
# non-ASCII text before the failing expression.
def ratio(values, key):
    total = sum(values)
    return (values[key] + 1) / (total - total)

def lookup(table, name):
    return table[name]["score"]

data = {"ämne": {"score": 3}}
print("värde:", lookup(data, "ämne"))
print("värde:", ratio([1, 2], 0))
