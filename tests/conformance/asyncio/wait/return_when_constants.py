# The return_when constants are plain strings that name themselves.
import asyncio
import concurrent.futures

print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
print(asyncio.FIRST_COMPLETED == concurrent.futures.FIRST_COMPLETED)
print(type(asyncio.ALL_COMPLETED).__name__)
