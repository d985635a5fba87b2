# Each task runs in a copy of the context at creation: changes inside stay inside.
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")

async def handle(name):
    user.set(name)
    await asyncio.sleep(0.01)
    return f"{name} sees {user.get()}"

async def main():
    user.set("admin")
    print(await asyncio.gather(handle("ann"), handle("bob")))
    print("main still", user.get())
    t = asyncio.create_task(handle("cid"))
    user.set("changed after create_task")
    print(await t)
    ctx = contextvars.copy_context()
    print(ctx.run(user.get))

asyncio.run(main())
