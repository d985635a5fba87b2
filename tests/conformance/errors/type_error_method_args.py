# conformance: error
# Uncaught error: method called with a missing argument.
class Account:
    def deposit(self, amount):
        self.balance = amount

Account().deposit()
