# conformance: error stderr=full
# `async with` in a plain function is a SyntaxError.
import asyncio

def f():
    async with asyncio.Lock():
        pass
