# string module constants, Template substitution, capwords.
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
t = string.Template("Hello $name, you owe $$${amount}.")
print(t.substitute(name="Ada", amount=10), t.substitute({"name": "Bob", "amount": 2.5}))
print(string.Template("$who likes $what").safe_substitute(who="tim"))
try:
    string.Template("$missing").substitute()
except KeyError as e:
    print("KeyError:", e)
print(string.capwords("the quick  brown fox"), string.capwords("a-b c-d", "-"))
print([c for c in "a1!B " if c in string.ascii_letters + string.digits])
print(string.Formatter().format("{0}-{x}", 1, x=2))
