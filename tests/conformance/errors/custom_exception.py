# conformance: error
# Uncaught error: a user-defined exception class.
class InsufficientFunds(Exception):
    pass

raise InsufficientFunds('balance 10, need 25')
