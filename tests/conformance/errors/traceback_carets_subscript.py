# conformance: error stderr=full
# Caret markers for a failing subscript inside a larger expression.
config = {"db": {"hosts": ["a", "b"]}}
first = config["db"]["hosts"][0]
print(first)
port = config["db"]["port"] + 1
