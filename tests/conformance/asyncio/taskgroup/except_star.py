# except* picks the exceptions of a TaskGroup apart by type.
import asyncio

async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1"), 0.01))
            tg.create_task(fail(KeyError("k"), 0.01))
            tg.create_task(fail(ValueError("v2"), 0.01))
    except* ValueError as g:
        print("ValueErrors:", [str(e) for e in g.exceptions])
    except* KeyError as g:
        print("KeyErrors:", [repr(e) for e in g.exceptions])

asyncio.run(main())
