# Throwing into and closing hand-driven coroutines; awaiting an already-awaited coroutine.
class Pause:
    def __await__(self):
        return (yield "paused")

async def guarded():
    try:
        await Pause()
    except KeyError as e:
        print("caught inside coroutine:", repr(e))
        value = await Pause()
        return f"recovered with {value}"
    finally:
        print("coroutine finally")

c = guarded()
print(c.send(None))
print(c.throw(KeyError("boom")))
try:
    c.send("fine")
except StopIteration as s:
    print(s.value)

async def sleeper():
    try:
        await Pause()
    finally:
        print("cleanup on close")
s = sleeper()
s.send(None)
s.close()

async def inner():
    return 5
async def outer(co):
    return await co
co = inner()
try:
    outer(co).send(None)
except StopIteration as st:
    print("first await", st.value)
try:
    outer(co).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def raises():
    await Pause()
    raise ValueError("inside")
r = raises()
r.send(None)
try:
    r.send(None)
except ValueError as e:
    print("ValueError:", e)
