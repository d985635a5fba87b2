"""Python halves of built-in functions: anext(iterator, default) awaits this coroutine."""


async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
