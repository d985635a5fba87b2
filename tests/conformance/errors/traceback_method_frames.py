# conformance: error stderr=full
# Full traceback through methods and a lambda.
class Inventory:
    def __init__(self):
        self.items = {"apple": 3}

    def take(self, name, n):
        have = self.items[name]
        return self._check(have, n)

    def _check(self, have, n):
        ok = (lambda: have >= n)()
        if not ok:
            raise ValueError(f"only {have} left, wanted {n}")
        return have - n

inv = Inventory()
print(inv.take("apple", 2))
print(inv.take("apple", 5))
