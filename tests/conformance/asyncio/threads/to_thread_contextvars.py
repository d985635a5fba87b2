# to_thread copies the current context: the thread sees the coroutine's contextvars.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default=None)

def handler():
    return f"handling request {request_id.get()}"

async def serve(rid):
    request_id.set(rid)
    return await asyncio.to_thread(handler)

async def main():
    print(await asyncio.gather(serve(1), serve(2), serve(3)))

asyncio.run(main())
