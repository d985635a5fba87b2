# conformance: error stderr=full
# `await` at module level is a SyntaxError (detected before anything runs).
import asyncio

print("not printed: compile error first")
await asyncio.sleep(1)
