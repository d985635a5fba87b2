# conformance: error stderr=full
# `await` inside a plain def is a SyntaxError.
import asyncio

def not_a_coroutine():
    await asyncio.sleep(1)
