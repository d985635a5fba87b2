# When main returns, asyncio.run cancels the tasks still pending and runs their cleanup.
# (asyncio.run cancels leftovers in set order, so the log is printed sorted afterwards.)
import asyncio

log = []

async def background(name):
    try:
        await asyncio.sleep(10)
        log.append(name + " never here")
    except asyncio.CancelledError:
        log.append(name + " cancelled by asyncio.run")
        raise
    finally:
        log.append(name + " finally")

async def main():
    asyncio.create_task(background("a"))
    asyncio.create_task(background("b"))
    await asyncio.sleep(0.01)
    print("main returns")
    return "main result"

print(asyncio.run(main()))
print(*sorted(log), sep="\n")
