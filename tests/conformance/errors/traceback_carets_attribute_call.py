# conformance: error stderr=full
# Caret markers for a failing method call on a chained expression.
class User:
    def __init__(self, name):
        self.name = name

users = [User("ada"), None]
for u in users:
    print(u.name.upper())
