# Annotations on functions, variables and classes are kept in __annotations__.
from typing import Optional, List, Dict
def f(a: int, b: "str" = "x", *args: float, c: List[int] = None, **kw: Dict[str, int]) -> Optional[int]:
    return None
print(sorted(f.__annotations__))
print(f.__annotations__["a"], f.__annotations__["b"], f.__annotations__["return"])
class Config:
    name: str
    retries: int = 3
    ratio: float = 0.5
print(Config.__annotations__)
print(Config.retries, hasattr(Config, "name"))
x: int = 5
y: list
print(__annotations__)
def g(): pass
print(g.__annotations__)
