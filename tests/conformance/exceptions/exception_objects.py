# Exception objects: args, str, repr, attributes, custom exception classes.
e = ValueError("bad", 42)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(ValueError("only")))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "page missing")
except AppError as err:
    print(err, repr(err), err.code, err.args, isinstance(err, Exception), type(err).__mro__[1].__name__)
class Plain(Exception):
    pass
print(repr(Plain("x", 1)), str(Plain()), Plain.__name__)
try:
    raise Plain
except Plain as p:
    print("class raised, instance caught:", repr(p))
err = StopIteration(5)
print(err.value, StopIteration().value)
e2 = OSError(13, "Permission denied")
print(e2.errno, e2.strerror, str(e2))
ex = Exception("with note")
ex.add_note("a note")
print(ex.__notes__)
print(SystemExit(2).code, SystemExit().code, KeyboardInterrupt().args)
