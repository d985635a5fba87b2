# PEP 585/604 at run time: list[int], dict[str, int], int | str, isinstance with unions, anext/aiter.
import types
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], set[str] | None)
print(type(list[int]) is types.GenericAlias, list[int].__origin__, list[int].__args__, list[int]([1, 2]))
print(list[int] == list[int], list[int] == list[str], int | str, int | None, None | int, type(int | str) is types.UnionType)
print((int | str).__args__, int | str == str | int, int | int, isinstance(3, int | str), isinstance(3.0, int | str),
      issubclass(bool, int | None), isinstance(None, int | None))
def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, str]:
    return (len(x), str(y))
print(f.__annotations__, f([1]))
class MyList(list[int]):
    pass
print(MyList.__mro__, MyList([3]))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
import asyncio
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    it = aiter(Ticker(2))
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        aiter(1)
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
