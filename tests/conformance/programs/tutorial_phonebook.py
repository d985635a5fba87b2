# A phonebook with dict operations, search, update, delete, and sorted listing.
book = {}
def add(name, number):
    if name in book:
        print(f"{name} already exists ({book[name]})")
        return False
    book[name] = number
    return True
def find(prefix):
    return {n: p for n, p in book.items() if n.lower().startswith(prefix.lower())}
add("Ada Lovelace", "555-0101")
add("Alan Turing", "555-0199")
add("Grace Hopper", "555-0142")
add("Ada Lovelace", "555-9999")
print(find("a"), find("GR"), find("z"))
book["Alan Turing"] = "555-0200"
removed = book.pop("Grace Hopper", None)
print("removed", removed, "missing", book.pop("Nobody", None))
for name in sorted(book, key=lambda n: n.split()[-1]):
    print(f"{name:<15}{book[name]}")
print(len(book), "Ada Lovelace" in book, list(book.values()))
