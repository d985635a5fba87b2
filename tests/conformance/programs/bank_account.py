# A bank-account class hierarchy with validation, history and custom exceptions.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed, self.available = needed, available

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.owner, self.balance = owner, balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.owner}: {self.balance:,.2f})"

class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

alice = Account("alice", 100)
bob = Savings("bob", 1000)
alice.deposit(50).withdraw(30)
bob.transfer(alice, 250.5)
print(alice, bob, bob.add_interest(), bob)
for action in (lambda: alice.withdraw(10_000), lambda: alice.deposit(-5)):
    try:
        action()
    except InsufficientFunds as e:
        print("refused:", e, e.needed)
    except ValueError as e:
        print("invalid:", e)
print(alice.history)
print(bob.history)
print(sorted([alice, bob], key=lambda a: a.balance))
