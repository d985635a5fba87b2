# CPython's exception hierarchy, checked with issubclass and __mro__.
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError,
           LookupError, KeyError, IndexError, ValueError, UnicodeError, UnicodeDecodeError, TypeError, AttributeError,
           NameError, UnboundLocalError, RuntimeError, RecursionError, NotImplementedError, StopIteration,
           StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit, AssertionError, ImportError,
           ModuleNotFoundError, OSError, FileNotFoundError, TimeoutError, ConnectionError, MemoryError, SyntaxError,
           IndentationError, EOFError, BufferError, LookupError, BaseExceptionGroup, ExceptionGroup, Warning,
           UserWarning, DeprecationWarning, RuntimeWarning]
for cls in classes:
    print(cls.__name__, "->", " > ".join(k.__name__ for k in cls.__mro__[1:-1]))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(TimeoutError, OSError), IOError is OSError, EnvironmentError is OSError)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
