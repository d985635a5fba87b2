# Custom exception hierarchies: catching by base class, extra attributes, __str__ overrides, re-raise with context.
class AppError(Exception):
    code = 1
class ValidationError(AppError):
    code = 2
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field, self.problem = field, problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class NotFoundError(AppError, LookupError):
    code = 3
def handle(exc):
    try:
        raise exc
    except ValidationError as e:
        return f"validation [{e.code}] {e}"
    except LookupError as e:
        return f"lookup [{getattr(e, 'code', '-')}] {e!r}"
    except AppError as e:
        return f"app [{e.code}] {e}"
for exc in (ValidationError("email", "missing @"), NotFoundError("user 7"), AppError("generic"), KeyError("plain")):
    print(handle(exc))
print(NotFoundError.__mro__[1:4], issubclass(NotFoundError, LookupError))
def service():
    try:
        {}["cfg"]
    except KeyError as e:
        raise AppError("config missing") from e
try:
    service()
except AppError as e:
    print(repr(e), repr(e.__cause__), e.args)
