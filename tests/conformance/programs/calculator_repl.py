# conformance: stdin=calculator_repl.txt
# A line-oriented calculator reading commands from stdin with input() until EOF.
vars_ = {}
def product(values):
    total = 1
    for v in values:
        total *= v
    return total
def evaluate(expr):
    tokens = expr.replace("(", " ( ").replace(")", " ) ").split()
    def parse(pos):
        tok = tokens[pos]
        if tok == "(":
            op, pos = tokens[pos + 1], pos + 2
            args = []
            while tokens[pos] != ")":
                val, pos = parse(pos)
                args.append(val)
            result = {"+": sum, "*": product, "-": lambda a: a[0] - sum(a[1:]), "max": max}[op](args)
            return result, pos + 1
        if tok.lstrip("-").isdigit():
            return int(tok), pos + 1
        return vars_[tok], pos + 1
    return parse(0)[0]
while True:
    try:
        line = input("> ")
    except EOFError:
        print("bye")
        break
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    try:
        if line.startswith("let "):
            name, expr = line[4:].split("=", 1)
            vars_[name.strip()] = evaluate(expr.strip())
            print(f"{name.strip()} = {vars_[name.strip()]}")
        else:
            print(evaluate(line))
    except KeyError as e:
        print("unknown variable", e)
    except (IndexError, ValueError) as e:
        print("parse error:", type(e).__name__)
