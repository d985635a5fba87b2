# A tokenizer and recursive-descent evaluator for arithmetic expressions.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif c in "+-*/()^":
            tokens.append(("OP", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    return tokens

class Parser:
    def __init__(self, tokens, env):
        self.toks, self.pos, self.env = tokens + [("EOF", None)], 0, env
    def peek(self):
        return self.toks[self.pos]
    def take(self):
        tok = self.toks[self.pos]
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.take()[1]
            value = value + self.term() if op == "+" else value - self.term()
        return value
    def term(self):
        value = self.power()
        while self.peek() in (("OP", "*"), ("OP", "/")):
            op = self.take()[1]
            value = value * self.power() if op == "*" else value / self.power()
        return value
    def power(self):
        base = self.unary()
        if self.peek() == ("OP", "^"):
            self.take()
            return base ** self.power()
        return base
    def unary(self):
        if self.peek() == ("OP", "-"):
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        kind, value = self.take()
        if kind == "NUM":
            return value
        if kind == "NAME":
            return self.env[value]
        if (kind, value) == ("OP", "("):
            v = self.expr()
            if self.take() != ("OP", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected {kind} {value!r}")

env = {"x": 3, "pi": 3.14159}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "10 / 4 - x", "2 * pi * x", "1 +", "3 $ 4", "y + 1"]:
    try:
        print(f"{src!r:14} tokens={len(tokenize(src))} ->", Parser(tokenize(src), env).expr())
    except SyntaxError as e:
        print(f"{src!r:14} SyntaxError: {e}")
    except KeyError as e:
        print(f"{src!r:14} unknown name {e}")
print(tokenize("a1 + 22.5*(b)"))
