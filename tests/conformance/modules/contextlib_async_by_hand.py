# contextlib.asynccontextmanager driven by hand with coro.send(None) (no event loop).
from contextlib import asynccontextmanager
class Pause:
    def __await__(self):
        yield "pause"
@asynccontextmanager
async def session(name):
    await Pause()
    print("open", name)
    try:
        yield f"session:{name}"
    finally:
        await Pause()
        print("close", name)
async def main():
    async with session("a") as s:
        print("using", s)
    try:
        async with session("b"):
            raise RuntimeError("fail inside")
    except RuntimeError as e:
        print("caught", e)
    return "done"
coro = main()
pauses = 0
while True:
    try:
        coro.send(None)
        pauses += 1
    except StopIteration as stop:
        print(stop.value, pauses)
        break
