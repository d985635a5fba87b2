# str case methods and predicates.
words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "123abc", "ǅungla", "straße", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in ["abc", "ABC", "Abc", "123", "abc123", "  ", "", "Title Case", "½", "٣", "a b"]:
    print(repr(w), w.isalpha(), w.isdigit(), w.isalnum(), w.isupper(), w.islower(), w.isspace(),
          w.istitle(), w.isnumeric(), w.isdecimal(), w.isidentifier(), w.isprintable(), w.isascii())
