"""Text wrapping and filling: wrap, fill, shorten, dedent, indent, TextWrapper."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_letter(c):
    return c == "_" or c.isalpha()


def _is_word_punct(c):
    return c.isalnum() or c in "_!\"'&.,?"


def _split_hyphens(word):
    """Splits a word where CPython's wrapper may break it: after a hyphen with two letters (or
    letter-letter-) before it and a letter pair after it ("well-known" -> "well-", "known"), and
    around an em-dash of two or more hyphens between words ("a--b" -> "a", "--", "b")."""
    cuts = []
    i, n = 0, len(word)
    while i < n:
        if word[i] != "-":
            i += 1
            continue
        j = i
        while j < n and word[j] == "-":
            j += 1
        if j - i >= 2:
            if i > 0 and _is_word_punct(word[i - 1]) and j < n and (word[j].isalnum() or word[j] == "_"):
                cuts += [i, j]
        else:
            before = (i >= 2 and _is_letter(word[i - 1]) and _is_letter(word[i - 2])) or \
                (i >= 3 and _is_letter(word[i - 1]) and word[i - 2] == "-" and _is_letter(word[i - 3]))
            after = j < n and _is_letter(word[j]) and (
                (j + 1 < n and _is_letter(word[j + 1]))
                or (j + 2 < n and word[j + 1] == "-" and _is_letter(word[j + 2])))
            if before and after:
                cuts.append(j)
        i = j
    bounds = [0] + cuts + [n]
    return [word[a:b] for a, b in zip(bounds, bounds[1:]) if a < b]


class TextWrapper:
    """Wraps paragraphs to a given width; see the keyword arguments for the knobs."""

    sentence_end_chars = ".!?"

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _whitespace:
                text = text.replace(c, " ")
        return text

    def _split(self, text):
        """Cuts text into alternating runs of whitespace and (pieces of) words."""
        chunks = []
        i, n = 0, len(text)
        while i < n:
            j = i
            space = text[i] in _whitespace
            while j < n and (text[j] in _whitespace) == space:
                j += 1
            piece = text[i:j]
            if space or not self.break_on_hyphens:
                chunks.append(piece)
            else:
                chunks.extend(_split_hyphens(piece))
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence end: a lowercase letter, then . ! or ?, maybe a quote."""
        i = 0
        while i < len(chunks) - 1:
            word = chunks[i]
            if word[-1:] in ("\"", "'"):
                word = word[:-1]
            if (chunks[i + 1] == " " and len(word) >= 2 and word[-1] in self.sentence_end_chars
                    and "a" <= word[-2] <= "z"):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (not chunks or self.drop_whitespace and len(chunks) == 1
                        and not chunks[0].strip()) and cur_len <= width):
                lines.append(indent + "".join(cur_line))
                continue
            # Out of lines: end this one with the placeholder where it fits.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace, then truncates to width, ending with the placeholder if cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def _leading_ws(line):
    i = 0
    while i < len(line) and line[i] in " \t":
        i += 1
    return line[:i]


def dedent(text):
    """Removes the whitespace prefix common to every non-blank line; blank lines become empty."""
    lines = text.splitlines(keepends=True)
    margin = None
    cleaned = []
    for line in lines:
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        if body.strip(" \t") == "":
            cleaned.append(ending)  # whitespace-only lines lose their whitespace
            continue
        cleaned.append(line)
        indent = _leading_ws(body)
        if margin is None or indent.startswith(margin):
            margin = indent if margin is None else margin
        elif margin.startswith(indent):
            margin = indent
        else:
            common = 0
            for a, b in zip(margin, indent):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        cleaned = [line[len(margin):] if line.startswith(margin) else line for line in cleaned]
    return "".join(cleaned)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines for which predicate holds (by default, non-blank lines)."""
    if predicate is None:
        predicate = str.strip
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(keepends=True))
