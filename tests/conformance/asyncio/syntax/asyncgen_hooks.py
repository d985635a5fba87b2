# Async-generator hooks: asyncio.run installs the loop's firstiter/finalizer hooks while it
# runs; an abandoned generator is closed by an aclose() task, one still referenced when
# main returns by shutdown_asyncgens. Custom hooks by hand, and their argument check.
import asyncio
import sys

async def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)

kept = []

async def main():
    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter.__name__, hooks.finalizer.__name__)
    g = gen("kept")
    kept.append(g)
    print(await g.__anext__())
    async for v in gen("abandoned"):
        print("got", v)
        break
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(0)
    print("main returns")

print(tuple(sys.get_asyncgen_hooks()))
asyncio.run(main())
print("after run", tuple(sys.get_asyncgen_hooks()))

seen = []
sys.set_asyncgen_hooks(firstiter=lambda ag: seen.append(("first", ag.__name__)),
                       finalizer=lambda ag: seen.append(("finalize", ag.__name__)))
g = gen("by hand")
try:
    g.asend(None).send(None)
except StopIteration as e:
    print("yielded", e.value)
del g
print(seen)
sys.set_asyncgen_hooks(None, None)
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print("TypeError", e)
