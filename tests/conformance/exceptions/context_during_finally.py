# Exceptions raised in finally/except replace the active one; context is kept.
def replace_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    replace_in_finally()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def nested_handlers():
    try:
        raise TypeError("a")
    except TypeError:
        try:
            raise ValueError("b")
        except ValueError as inner:
            return repr(inner.__context__)
print(nested_handlers())
import sys
try:
    raise IndexError("active")
except IndexError:
    print(repr(sys.exc_info()[1]), sys.exc_info()[0].__name__)
print(sys.exc_info())
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("exit inside generator")
        raise
g = gen()
next(g)
g.close()
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(repr(e.__cause__), e.__cause__ is e.__context__)
