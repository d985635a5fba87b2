"""In-memory streams: StringIO and BytesIO (there is no file system in aioplay)."""

__all__ = ["StringIO", "BytesIO", "IOBase", "TextIOBase", "UnsupportedOperation", "SEEK_SET",
           "SEEK_CUR", "SEEK_END"]

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class UnsupportedOperation(OSError):
    """CPython's also derives from ValueError; aioplay's OSError layout cannot be combined yet."""


class IOBase:
    """Shared stream behaviour: closing, context management, line iteration."""
    closed = False

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def close(self):
        self.closed = True

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def fileno(self):
        raise UnsupportedOperation("fileno")


class _MemoryIO(IOBase):
    """A growable buffer with a position; StringIO and BytesIO differ in the item type."""
    _empty = None
    _kind = None

    def __init__(self, initial):
        self._buf = initial
        self._pos = 0

    def _check_value(self, s):
        if not isinstance(s, type(self._empty)):
            raise TypeError(self._type_error(s))

    def getvalue(self):
        self._check_open()
        return self._buf

    def write(self, s):
        self._check_open()
        self._check_value(s)
        if not s:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf += self._pad * (pos - len(self._buf))
        self._buf = self._buf[:pos] + s + self._buf[pos + len(s):]
        self._pos = pos + len(s)
        return len(s)

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            size = len(self._buf)
        result = self._buf[self._pos:self._pos + size]
        self._pos += len(result)
        return result

    def readline(self, size=-1):
        self._check_open()
        end = self._find_newline(self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return result

    def _find_newline(self, start):
        return self._buf.find(self._newline, start)

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._buf = self._buf[:size]
        return size


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


class StringIO(_MemoryIO, TextIOBase):
    """A text stream kept in memory: write() appends at the position, getvalue() returns it all."""
    _empty = ""
    _pad = "\0"
    _newline = "\n"

    def __init__(self, initial_value="", newline="\n"):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._translate = newline
        super().__init__(self._translated(initial_value))

    def _translated(self, s):
        if self._translate is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._translate in ("\r", "\r\n"):
            return s.replace("\n", self._translate)
        return s

    def _type_error(self, s):
        return f"string argument expected, got '{type(s).__name__}'"

    def write(self, s):
        self._check_value(s)
        return super().write(self._translated(s)) and len(s)

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(_MemoryIO):
    """A binary stream kept in memory."""
    _empty = b""
    _pad = b"\0"
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes))

    def _type_error(self, s):
        return f"a bytes-like object is required, not '{type(s).__name__}'"

    def _find_newline(self, start):
        # A scan by hand: aioplay's bytes type has no find() yet.
        for i in range(start, len(self._buf)):
            if self._buf[i] == 10:
                return i
        return -1

    def getbuffer(self):
        return memoryview(self._buf)

    def read1(self, size=-1):
        return self.read(size)
