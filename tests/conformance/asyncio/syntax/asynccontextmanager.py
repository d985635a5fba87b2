# contextlib.asynccontextmanager with awaits before and after the yield.
import asyncio
import contextlib

@contextlib.asynccontextmanager
async def timed_section(name, log):
    log.append(f"enter {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except RuntimeError as e:
        log.append(f"handled {e}")
    finally:
        await asyncio.sleep(0)
        log.append(f"exit {name}")

async def main():
    log = []
    async with timed_section("a", log) as v:
        log.append(f"body {v}")
    async with timed_section("b", log):
        raise RuntimeError("inside b")
    async with contextlib.AsyncExitStack() as stack:
        for n in "xy":
            await stack.enter_async_context(timed_section(n, log))
        log.append("stack body")
    print("\n".join(log))

asyncio.run(main())
