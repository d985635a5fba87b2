# except* picks the exceptions of a TaskGroup apart by type.
import asyncio

async def fail(exc):
    await asyncio.sleep(0)    # all three fail in the same loop iteration
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1")))
            tg.create_task(fail(KeyError("k")))
            tg.create_task(fail(ValueError("v2")))
    except* ValueError as g:
        print("ValueErrors:", [str(e) for e in g.exceptions])
    except* KeyError as g:
        print("KeyErrors:", [repr(e) for e in g.exceptions])

asyncio.run(main())
