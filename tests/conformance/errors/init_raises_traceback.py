# conformance: error
# An exception raised inside __init__ (run by the VM when the class is called) shows the
# __init__ frame under the caller's line, as in CPython.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = self.check(balance)

    def check(self, amount):
        if amount < 0:
            raise ValueError(f"negative balance: {amount}")
        return amount


def open_accounts(specs):
    return [Account(name, amount) for name, amount in specs]


print(len(open_accounts([("ann", 5), ("bob", 7)])))
open_accounts([("cid", 1), ("dan", -3)])
