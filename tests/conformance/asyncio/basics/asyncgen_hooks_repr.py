# sys.get_asyncgen_hooks() is a structseq named asyncgen_hooks (no "sys." in its repr):
# empty outside a loop, the running loop's two hooks inside asyncio.run.
import asyncio
import sys

hooks = sys.get_asyncgen_hooks()
print(repr(hooks))
print(str(hooks), hooks == (None, None), len(hooks), hooks.firstiter, hooks.finalizer)
print(type(hooks).__name__)

async def main():
    h = sys.get_asyncgen_hooks()
    print(h)
    print(h.firstiter.__name__, h.finalizer.__name__)

asyncio.run(main())
print(sys.get_asyncgen_hooks())
