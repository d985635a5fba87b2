# typing names usable in annotations and at runtime: Optional, Union, List, Dict, Callable, Any, TypeVar, Generic, Protocol.
from typing import Any, Callable, Dict, Generic, Iterable, Iterator, List, Optional, Protocol, Tuple, TypeVar, Union, NamedTuple, TypedDict, Literal, Final, ClassVar, Sequence, Mapping, Awaitable, Coroutine, AsyncIterator
T = TypeVar("T")
def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None
def apply(fn: Callable[[int], str], values: Iterable[int]) -> List[str]:
    return [fn(v) for v in values]
def parse(x: Union[int, str]) -> Dict[str, Any]:
    return {"value": int(x), "type": type(x).__name__}
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
class Greeter(Protocol):
    def greet(self) -> str: ...
class English:
    def greet(self) -> str:
        return "hello"
def welcome(g: Greeter) -> str:
    return g.greet()
class Coord(NamedTuple):
    lat: float
    lon: float = 0.0
class Movie(TypedDict):
    title: str
    year: int
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(first([3, 4]), first([]), apply(str, range(3)), parse("7"), parse(8), s.pop(), welcome(English()))
print(Coord(1.5), Coord(1.5, 2.5).lon, Coord._fields)
m: Movie = {"title": "Up", "year": 2009}
print(m, type(m).__name__)
MAX: Final = 10
mode: Literal["r", "w"] = "r"
print(MAX, mode, first.__annotations__["return"] == Optional[T])
def gen() -> Iterator[int]:
    yield 1
print(list(gen()), Tuple[int, str] == Tuple[int, str], Optional[int] == Union[int, None])
