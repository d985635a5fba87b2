# A small library system: classes with composition, properties, class methods, errors, reports.
class BookUnavailable(Exception):
    pass
class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn, self.title, self.author = isbn, title, author
        self.copies, self.loaned = copies, 0
    @property
    def available(self):
        return self.copies - self.loaned
    def __repr__(self):
        return f"<{self.title!r} by {self.author} {self.available}/{self.copies}>"
class Member:
    limit = 2
    def __init__(self, name):
        self.name, self.books = name, []
class Library:
    def __init__(self):
        self.books, self.members, self.log = {}, {}, []
    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b
    def join(self, name):
        self.members[name] = Member(name)
        return self.members[name]
    def lend(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        if b.available == 0:
            raise BookUnavailable(f"{b.title} is out")
        if len(m.books) >= m.limit:
            raise BookUnavailable(f"{name} reached the limit of {m.limit}")
        b.loaned += 1
        m.books.append(b)
        self.log.append(("lend", name, b.title))
    def give_back(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        m.books.remove(b)
        b.loaned -= 1
        self.log.append(("return", name, b.title))
lib = Library()
lib.add(Book(1, "Dune", "Herbert", 2), Book(2, "Emma", "Austen"), Book(3, "Ubik", "Dick"))
for n in ("ann", "ben"):
    lib.join(n)
for name, isbn in [("ann", 1), ("ben", 1), ("ann", 2), ("ben", 1), ("ann", 3), ("ben", 2)]:
    try:
        lib.lend(name, isbn)
    except BookUnavailable as e:
        print("refused:", e)
lib.give_back("ann", 2)
lib.lend("ben", 2)
print(sorted(lib.books.values(), key=lambda b: b.title))
print({n: [b.title for b in m.books] for n, m in lib.members.items()})
print(lib.log)
