"""Regular expressions: a backtracking matcher for the common syntax of CPython's re.

Supported: literals and escapes, ., [classes] with ranges and negation, \\d \\w \\s \\D \\W \\S,
\\b \\B \\A \\Z, ^ $, groups (capturing, (?:...), (?P<name>...), (?P=name)), backreferences,
alternation, * + ? {m,n} with lazy forms, lookahead/lookbehind (fixed width for behind),
inline flags (?aimsx), and the flags I M S X A. Patterns compile to a small instruction list
that an explicit-stack backtracking loop runs, so long subjects do not recurse.
"""

__all__ = ["compile", "search", "match", "fullmatch", "split", "findall", "finditer", "sub",
           "subn", "escape", "purge", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X",
           "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
           "NOFLAG"]

NOFLAG = 0
A = ASCII = 256
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64


class error(Exception):
    """Raised for an invalid pattern; .msg, .pattern and .pos say what and where."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = f"{msg} at position {pos}"
        super().__init__(msg)


PatternError = error

# Instructions are tuples; the first item is the opcode.
_CHAR, _ANY, _ANYNL, _SET, _SPLIT, _JMP, _SAVE, _MATCH, _ASSERT, _BACKREF, _MARK, _CHECK, \
    _LOOK = range(13)

_DIGITS = frozenset("0123456789")


def _is_word(c, ascii_only):
    if ascii_only:
        return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z") or ("0" <= c <= "9")
    return c == "_" or c.isalnum()


def _is_space(c):
    return c in " \t\n\r\f\v" or c.isspace()


class _Parser:
    """Recursive-descent parser from pattern text to a node tree."""

    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}

    def error(self, msg, pos=None):
        return error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else ""

    def next(self):
        c = self.p[self.i]
        self.i += 1
        return c

    def parse(self):
        node = self.alternation()
        if self.i < len(self.p):
            if self.p[self.i] == ")":
                raise self.error("unbalanced parenthesis")
            raise self.error("unexpected character")
        return node

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        return ("alt", branches) if len(branches) > 1 else branches[0]

    def skip_verbose(self):
        while self.flags & VERBOSE and self.i < len(self.p):
            c = self.p[self.i]
            if c in " \t\n\r\f\v":
                self.i += 1
            elif c == "#":
                while self.i < len(self.p) and self.p[self.i] != "\n":
                    self.i += 1
            else:
                break

    def sequence(self):
        items = []
        while True:
            self.skip_verbose()
            c = self.peek()
            if c == "" or c in "|)":
                break
            start = self.i
            atom = self.atom()
            self.skip_verbose()
            atom = self.quantifier(atom, start)
            items.append(atom)
        return ("seq", items)

    def quantifier(self, atom, start):
        c = self.peek()
        if c in ("*", "+", "?"):
            self.i += 1
            lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
        elif c == "{" and self._is_repeat():
            self.i += 1
            lo, hi = self._repeat_bounds()
        else:
            return atom
        if atom[0] == "empty":
            raise self.error("nothing to repeat", start)
        if atom[0] == "repeat":
            raise self.error("multiple repeat", self.i - 1)
        lazy = False
        if self.peek() == "?":
            self.i += 1
            lazy = True
        elif self.peek() == "+":
            self.i += 1  # possessive: treated as greedy
        return ("repeat", atom, lo, hi, lazy)

    def _is_repeat(self):
        j = self.i + 1
        k = j
        while k < len(self.p) and (self.p[k] in _DIGITS or self.p[k] == ","):
            k += 1
        return k < len(self.p) and self.p[k] == "}" and k > j and self.p[j:k] != ","

    def _repeat_bounds(self):
        j = self.p.index("}", self.i)
        body = self.p[self.i:j]
        self.i = j + 1
        if "," in body:
            a, b = body.split(",", 1)
            lo = int(a) if a else 0
            hi = int(b) if b else None
        else:
            lo = hi = int(body)
        if hi is not None and hi < lo:
            raise self.error("min repeat greater than max repeat")
        return lo, hi

    def atom(self):
        c = self.next()
        if c == ".":
            return ("any",)
        if c == "^":
            return ("bol",)
        if c == "$":
            return ("eol",)
        if c == "[":
            return self.char_class()
        if c == "(":
            return self.group()
        if c == "\\":
            return self.escape(in_class=False)
        if c in "*+?":
            raise self.error("nothing to repeat", self.i - 1)
        if c == "{" and self._is_repeat_at(self.i - 1):
            raise self.error("nothing to repeat", self.i - 1)
        return ("char", c)

    def _is_repeat_at(self, pos):
        saved = self.i
        self.i = pos
        result = self._is_repeat()
        self.i = saved
        return result

    def group(self):
        start = self.i - 1
        if self.p.startswith("?", self.i):
            self.i += 1
            c = self.next() if self.i < len(self.p) else ""
            if c == ":":
                node = self.alternation()
                self.close(start)
                return node
            if c == "P":
                c2 = self.next()
                if c2 == "<":
                    end = self.p.find(">", self.i)
                    if end < 0:
                        raise self.error("missing >, unterminated name")
                    name = self.p[self.i:end]
                    if not name.isidentifier():
                        raise self.error(f"bad character in group name {name!r}")
                    if name in self.names:
                        raise self.error(f"redefinition of group name {name!r} as group "
                                         f"{self.ngroups + 1}; was group {self.names[name]}")
                    self.i = end + 1
                    self.ngroups += 1
                    index = self.ngroups
                    self.names[name] = index
                    node = self.alternation()
                    self.close(start)
                    return ("group", index, node)
                if c2 == "=":
                    end = self.p.find(")", self.i)
                    name = self.p[self.i:end]
                    if name not in self.names:
                        raise self.error(f"unknown group name {name!r}")
                    self.i = end + 1
                    return ("backref", self.names[name])
                raise self.error("unknown extension ?P" + c2)
            if c in ("=", "!"):
                node = self.alternation()
                self.close(start)
                return ("look", True, c == "=", node)
            if c == "<" and self.peek() in ("=", "!"):
                positive = self.next() == "="
                node = self.alternation()
                self.close(start)
                width = _fixed_width(node)
                if width is None:
                    raise self.error("look-behind requires fixed-width pattern")
                return ("lookbehind", positive, node, width)
            if c == "#":
                end = self.p.find(")", self.i)
                if end < 0:
                    raise self.error("missing ), unterminated comment")
                self.i = end + 1
                return ("empty",)
            if c and c in "aiLmsux-":
                flags_on = 0
                letters = {"a": ASCII, "i": IGNORECASE, "L": LOCALE, "m": MULTILINE,
                           "s": DOTALL, "u": UNICODE, "x": VERBOSE}
                self.i -= 1
                while self.peek() in letters:
                    flags_on |= letters[self.next()]
                if self.peek() == ")":
                    self.i += 1
                    if start != 0:
                        raise self.error("global flags not at the start of the expression", start)
                    self.flags |= flags_on
                    return ("empty",)
                if self.peek() == ":":  # scoped flags: applied to the whole pattern here
                    self.i += 1
                    self.flags |= flags_on
                    node = self.alternation()
                    self.close(start)
                    return node
                raise self.error("missing -, : or )")
            raise self.error("unknown extension ?" + c, start + 1)
        self.ngroups += 1
        index = self.ngroups
        node = self.alternation()
        self.close(start)
        return ("group", index, node)

    def close(self, start):
        if self.peek() != ")":
            raise self.error("missing ), unterminated subpattern", start)
        self.i += 1

    def escape(self, in_class):
        if self.i >= len(self.p):
            raise self.error("bad escape (end of pattern)", self.i - 1)
        c = self.next()
        simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "0": "\0"}
        if c in "dDwWsS":
            return ("set", [("cat", c)], False)
        if c in simple and not (c == "0" and self.peek() in _DIGITS):
            return ("char", simple[c])
        if c == "x":
            h = self.p[self.i:self.i + 2]
            self.i += 2
            return ("char", chr(int(h, 16)))
        if c == "u":
            h = self.p[self.i:self.i + 4]
            self.i += 4
            return ("char", chr(int(h, 16)))
        if not in_class:
            if c == "b":
                return ("assert", "b")
            if c == "B":
                return ("assert", "B")
            if c == "A":
                return ("assert", "A")
            if c == "Z":
                return ("assert", "Z")
            if c in _DIGITS:
                j = self.i
                while j < len(self.p) and self.p[j] in _DIGITS and j - self.i < 1:
                    j += 1
                num = int(self.p[self.i - 1:j])
                self.i = j
                if num > self.ngroups:
                    raise self.error(f"invalid group reference {num}", self.i - 1)
                return ("backref", num)
        elif c == "b":
            return ("char", "\b")
        if c.isalnum():
            raise self.error(f"bad escape \\{c}", self.i - 2)
        return ("char", c)

    def char_class(self):
        start = self.i - 1
        negate = False
        if self.peek() == "^":
            self.i += 1
            negate = True
        items = []
        first = True
        while True:
            if self.i >= len(self.p):
                raise self.error("unterminated character set", start)
            c = self.next()
            if c == "]" and not first:
                break
            first = False
            if c == "\\":
                node = self.escape(in_class=True)
                if node[0] == "set":
                    items.extend(node[1])
                    continue
                lo = node[1]
            else:
                lo = c
            if self.peek() == "-" and self.i + 1 < len(self.p) and self.p[self.i + 1] != "]":
                self.i += 1
                hc = self.next()
                if hc == "\\":
                    node = self.escape(in_class=True)
                    if node[0] == "set":
                        raise self.error(f"bad character range {lo}-\\{self.p[self.i - 1]}")
                    hc = node[1]
                if hc < lo:
                    raise self.error(f"bad character range {lo}-{hc}", self.i - 3)
                items.append(("range", lo, hc))
            else:
                items.append(("lit", lo))
        return ("set", items, negate)


def _fixed_width(node):
    kind = node[0]
    if kind in ("char", "any", "set"):
        return 1
    if kind in ("bol", "eol", "assert", "look", "lookbehind", "empty"):
        return 0
    if kind == "seq":
        total = 0
        for item in node[1]:
            w = _fixed_width(item)
            if w is None:
                return None
            total += w
        return total
    if kind == "alt":
        widths = {_fixed_width(b) for b in node[1]}
        return widths.pop() if len(widths) == 1 else None
    if kind == "group":
        return _fixed_width(node[2])
    if kind == "repeat" and node[2] == node[3]:
        w = _fixed_width(node[1])
        return None if w is None else w * node[2]
    return None


class _Compiler:
    """Node tree to instruction list."""

    def __init__(self, flags):
        self.code = []
        self.flags = flags
        self.nmarks = 0

    def emit(self, *ins):
        self.code.append(list(ins))
        return len(self.code) - 1

    def compile(self, node):
        kind = node[0]
        if kind == "char":
            self.emit(_CHAR, node[1])
        elif kind == "any":
            self.emit(_ANY if self.flags & DOTALL else _ANYNL)
        elif kind == "set":
            self.emit(_SET, node[1], node[2])
        elif kind == "seq":
            for item in node[1]:
                self.compile(item)
        elif kind == "alt":
            jumps = []
            branches = node[1]
            for k, branch in enumerate(branches):
                if k < len(branches) - 1:
                    split = self.emit(_SPLIT, None, None)
                    self.code[split][1] = len(self.code)
                    self.compile(branch)
                    jumps.append(self.emit(_JMP, None))
                    self.code[split][2] = len(self.code)
                else:
                    self.compile(branch)
            for j in jumps:
                self.code[j][1] = len(self.code)
        elif kind == "group":
            self.emit(_SAVE, 2 * node[1])
            self.compile(node[2])
            self.emit(_SAVE, 2 * node[1] + 1)
        elif kind == "bol":
            self.emit(_ASSERT, "^")
        elif kind == "eol":
            self.emit(_ASSERT, "$")
        elif kind == "assert":
            self.emit(_ASSERT, node[1])
        elif kind == "backref":
            self.emit(_BACKREF, node[1])
        elif kind == "empty":
            pass
        elif kind == "look":
            sub = _Compiler(self.flags)
            sub.compile(node[3])
            sub.emit(_MATCH)
            self.emit(_LOOK, sub.code, node[2], 0)
        elif kind == "lookbehind":
            sub = _Compiler(self.flags)
            sub.compile(node[2])
            sub.emit(_MATCH)
            self.emit(_LOOK, sub.code, node[1], node[3])
        elif kind == "repeat":
            self.repeat(node[1], node[2], node[3], node[4])
        else:
            raise error(f"internal: unknown node {kind}")

    def repeat(self, body, lo, hi, lazy):
        for _ in range(lo):
            self.compile(body)
        if hi is None:
            # L: SPLIT body, out; MARK k; body; CHECK k, out; JMP L. An iteration that matched
            # nothing leaves the loop with its captures (as CPython's engine does).
            mark = self.nmarks
            self.nmarks += 1
            loop = self.emit(_SPLIT, None, None)
            self.code[loop][1] = len(self.code)
            self.emit(_MARK, mark)
            self.compile(body)
            check = self.emit(_CHECK, mark, None)
            self.emit(_JMP, loop)
            self.code[loop][2] = self.code[check][2] = len(self.code)
            if lazy:
                self.code[loop][1], self.code[loop][2] = self.code[loop][2], self.code[loop][1]
        else:
            splits = []
            for _ in range(hi - lo):
                split = self.emit(_SPLIT, None, None)
                self.code[split][1] = len(self.code)
                splits.append(split)
                self.compile(body)
            end = len(self.code)
            for split in splits:
                self.code[split][2] = end
                if lazy:
                    self.code[split][1], self.code[split][2] = end, self.code[split][1]


def _class_matches(items, negate, c, flags):
    ascii_only = flags & ASCII
    candidates = (c, c.lower(), c.upper()) if flags & IGNORECASE else (c,)
    hit = False
    for ch in candidates:
        for item in items:
            kind = item[0]
            if kind == "lit":
                hit = ch == item[1]
            elif kind == "range":
                hit = item[1] <= ch <= item[2]
            else:
                cat = item[1]
                if cat in "dD":
                    hit = ("0" <= ch <= "9") if ascii_only else ch.isdigit()
                elif cat in "wW":
                    hit = _is_word(ch, ascii_only)
                else:
                    hit = _is_space(ch)
                if cat.isupper():
                    hit = not hit
            if hit:
                break
        if hit:
            break
    return hit != negate


def _run(code, s, pos, end, flags, ngroups, nmarks, anchored_end=False, nonempty=False):
    """Runs the program at s[pos:]; returns the capture list of the first match or None."""
    ignorecase = flags & IGNORECASE
    multiline = flags & MULTILINE
    ascii_only = flags & ASCII
    # Captures and loop marks are tuples, shared between backtracking entries until changed.
    stack = [(0, pos, (-1,) * (2 * ngroups + 2), (-1,) * nmarks)]
    while stack:
        pc, i, caps, marks = stack.pop()
        while True:
            ins = code[pc]
            op = ins[0]
            if op == _CHAR:
                if i < end and (s[i] == ins[1] or ignorecase and s[i].lower() == ins[1].lower()):
                    i += 1
                    pc += 1
                    continue
                break
            if op == _ANYNL:
                if i < end and s[i] != "\n":
                    i += 1
                    pc += 1
                    continue
                break
            if op == _ANY:
                if i < end:
                    i += 1
                    pc += 1
                    continue
                break
            if op == _SET:
                if i < end and _class_matches(ins[1], ins[2], s[i], flags):
                    i += 1
                    pc += 1
                    continue
                break
            if op == _SPLIT:
                stack.append((ins[2], i, caps, marks))
                pc = ins[1]
                continue
            if op == _JMP:
                pc = ins[1]
                continue
            if op == _SAVE:
                k = ins[1]
                caps = caps[:k] + (i,) + caps[k + 1:]
                pc += 1
                continue
            if op == _MARK:
                k = ins[1]
                marks = marks[:k] + (i,) + marks[k + 1:]
                pc += 1
                continue
            if op == _CHECK:
                pc = ins[2] if marks[ins[1]] == i else pc + 1
                continue
            if op == _ASSERT:
                kind = ins[1]
                if kind == "^":
                    ok = i == 0 or (multiline and s[i - 1] == "\n")
                elif kind == "$":
                    ok = i == end or (i == end - 1 and s[i] == "\n") or (multiline and s[i] == "\n")
                elif kind == "A":
                    ok = i == 0
                elif kind == "Z":
                    ok = i == end
                else:
                    before = i > 0 and _is_word(s[i - 1], ascii_only)
                    after = i < end and _is_word(s[i], ascii_only)
                    ok = (before != after) == (kind == "b")
                if ok:
                    pc += 1
                    continue
                break
            if op == _BACKREF:
                a, b = caps[2 * ins[1]], caps[2 * ins[1] + 1]
                if a < 0 or b < 0:
                    break
                text = s[a:b]
                chunk = s[i:i + len(text)]
                if chunk == text or ignorecase and chunk.lower() == text.lower():
                    i += len(text)
                    pc += 1
                    continue
                break
            if op == _LOOK:
                sub, positive, behind = ins[1], ins[2], ins[3]
                start = i - behind
                found = None
                if start >= 0:
                    found = _run(sub, s, start, i if behind else end, flags, ngroups, 0)
                    if behind and found is not None and found[1] != i:
                        found = None
                if (found is not None) != positive:
                    break
                if found is not None:
                    caps = (-1, -1) + tuple(c if c >= 0 else f for c, f in zip(caps[2:], found[2:]))
                pc += 1
                continue
            if op == _MATCH:
                if anchored_end and i != end or nonempty and i == pos:
                    break
                return [pos, i] + list(caps[2:])
        # this thread failed; try the next alternative
    return None


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        if isinstance(pattern, bytes):
            raise TypeError("aioplay's re works on str patterns only")
        parser = _Parser(pattern, flags)
        tree = parser.parse()
        self.pattern = pattern
        self.flags = parser.flags | (UNICODE if not parser.flags & ASCII else 0)
        self.groups = parser.ngroups
        self.groupindex = dict(parser.names)
        compiler = _Compiler(self.flags)
        compiler.compile(tree)
        compiler.emit(_MATCH)
        self._code = compiler.code
        self._nmarks = compiler.nmarks

    def __repr__(self):
        flags = self.flags & ~UNICODE
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if not flags:
            return f"re.compile({text})"
        names = [n for n, v in (("re.ASCII", ASCII), ("re.IGNORECASE", IGNORECASE),
                                ("re.LOCALE", LOCALE), ("re.MULTILINE", MULTILINE),
                                ("re.DOTALL", DOTALL), ("re.VERBOSE", VERBOSE)) if flags & v]
        return f"re.compile({text}, {'|'.join(names)})"

    def __eq__(self, other):
        return isinstance(other, Pattern) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _match_at(self, string, pos, endpos, full=False, nonempty=False):
        caps = _run(self._code, string, pos, endpos, self.flags, self.groups, self._nmarks, full,
                    nonempty)
        return None if caps is None else Match(self, string, pos, endpos, caps)

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
        n = len(string)
        endpos = n if endpos is None else max(0, min(endpos, n))
        return max(0, min(pos, n)), endpos

    def match(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._match_at(string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._match_at(string, pos, endpos, full=True)

    def search(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        for start in range(pos, endpos + 1):
            m = self._match_at(string, start, endpos)
            if m is not None:
                m.pos = pos
                return m
        return None

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        k = pos
        empty_at = -1  # an empty match may not repeat where the previous one was
        while k <= endpos:
            m = self._match_at(string, k, endpos, nonempty=k == empty_at)
            if m is None:
                k += 1
                continue
            m.pos = pos
            yield m
            empty_at = m.end() if m.end() == m.start() else -1
            k = m.end()

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m.group(1) or "")
            else:
                out.append(tuple(g or "" for g in m.groups()))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        count = 0
        for m in self.finditer(string):
            if maxsplit and count >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            count += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        out = []
        last = 0
        n = 0
        if callable(repl):
            expand = repl
        else:
            template = _parse_template(repl, self)
            expand = lambda m: _expand_template(template, m)  # noqa: E731
        for m in self.finditer(string):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            out.append(expand(m))
            last = m.end()
            n += 1
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


def _parse_template(repl, pattern):
    """A replacement string as a list of literal strings and group numbers."""
    parts = []
    literal = []
    i = 0
    while i < len(repl):
        c = repl[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        i += 1
        if i >= len(repl):
            raise error("bad escape (end of pattern)", repl, i - 1)
        c = repl[i]
        if c == "g":
            end = repl.find(">", i)
            if not repl.startswith("<", i + 1) or end < 0:
                raise error("missing <", repl, i + 1)
            name = repl[i + 2:end]
            if name.isdigit():
                group = int(name)
            elif name in pattern.groupindex:
                group = pattern.groupindex[name]
            else:
                raise IndexError(f"unknown group name {name!r}")
            parts.append("".join(literal))
            literal = []
            parts.append(group)
            i = end + 1
        elif c in _DIGITS:
            j = i
            while j < len(repl) and repl[j] in _DIGITS and j - i < 2:
                j += 1
            group = int(repl[i:j])
            if group > pattern.groups:
                raise error(f"invalid group reference {group}", repl, i - 1)
            parts.append("".join(literal))
            literal = []
            parts.append(group)
            i = j
        else:
            simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a",
                      "b": "\b", "\\": "\\"}
            if c in simple:
                literal.append(simple[c])
            elif c.isalpha():
                raise error(f"bad escape \\{c}", repl, i - 1)
            else:
                literal.append("\\" + c)
            i += 1
    parts.append("".join(literal))
    return parts


def _expand_template(template, m):
    return "".join(p if isinstance(p, str) else (m.group(p) or "") for p in template)


class Match:
    """The result of a successful match: groups, spans and the subject."""

    def __init__(self, pattern, string, pos, endpos, caps):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._caps = caps

    def _index(self, g):
        if isinstance(g, str):
            if g not in self.re.groupindex:
                raise IndexError("no such group")
            return self.re.groupindex[g]
        if not isinstance(g, int) or g < 0 or g > self.re.groups:
            raise IndexError("no such group")
        return g

    def span(self, group=0):
        g = self._index(group)
        return self._caps[2 * g], self._caps[2 * g + 1]

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def group(self, *groups):
        if not groups:
            groups = (0,)
        values = []
        for g in groups:
            a, b = self.span(g)
            values.append(None if a < 0 or b < 0 else self.string[a:b])
        return values[0] if len(values) == 1 else tuple(values)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(default if v is None else v
                     for v in (self.group(g) for g in range(1, self.re.groups + 1)))

    def groupdict(self, default=None):
        return {name: (default if self.group(name) is None else self.group(name))
                for name in self.re.groupindex}

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for g in range(1, self.re.groups + 1):
            a, b = self.span(g)
            if b >= 0 and b >= best_end:
                best, best_end = g, b
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        for name, g in self.re.groupindex.items():
            if g == index:
                return name
        return None

    def expand(self, template):
        return _expand_template(_parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return f"<re.Match object; span={self.span()!r}, match={self.group()!r}>"


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    compiled = _cache.get(key)
    if compiled is None:
        if len(_cache) >= 512:
            _cache.clear()
        compiled = _cache[key] = Pattern(pattern, flags)
    return compiled


def purge():
    _cache.clear()


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
