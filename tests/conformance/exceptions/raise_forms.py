# raise forms: class, instance, re-raise, raise in except, raise with traceback kept.
def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("re-raised:", e)
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)
try:
    raise KeyError("k") from None
except KeyError as e:
    print(repr(e), e.__suppress_context__)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def handler():
    try:
        raise ValueError("inner")
    except ValueError as exc:
        saved = exc
    raise saved
try:
    handler()
except ValueError as e:
    print("raised saved:", e, e.__traceback__ is not None)
class MyErr(Exception):
    pass
try:
    raise MyErr("custom") from ValueError("because")
except MyErr as e:
    print(repr(e), repr(e.__cause__))
e = ValueError("reuse")
for i in range(2):
    try:
        raise e
    except ValueError as caught:
        print(i, caught is e)
