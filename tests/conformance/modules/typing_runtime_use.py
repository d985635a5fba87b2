# typing at runtime: annotations are just values, TYPE_CHECKING is False, cast/NewType/overload-free helpers.
from typing import TYPE_CHECKING, Any, Callable, Dict, List, NewType, Optional, Tuple, TypeVar, cast, get_type_hints, Union
if TYPE_CHECKING:
    import this_module_does_not_exist
UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, TYPE_CHECKING, cast(str, 123), cast(List[int], "not checked"))
Handler = Callable[[str], Optional[int]]
def register(name: str, handler: Handler, *, retries: int = 3) -> Dict[str, Any]:
    return {"name": name, "result": handler(name), "retries": retries}
print(register("seven", lambda s: len(s)))
hints = get_type_hints(register)
print(sorted(hints), hints["retries"] is int, hints["return"] == Dict[str, Any])
K = TypeVar("K")
V = TypeVar("V")
def invert(d: Dict[K, V]) -> Dict[V, K]:
    return {v: k for k, v in d.items()}
print(invert({"a": 1, "b": 2}))
def pair(x: Union[int, str]) -> Tuple[str, Union[int, str]]:
    return type(x).__name__, x
print(pair(1), pair("one"))
class Node:
    next: "Optional[Node]" = None
    def __init__(self, value: int) -> None:
        self.value = value
print(Node.__annotations__, Node(3).value)
