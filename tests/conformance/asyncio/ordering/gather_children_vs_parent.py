# When gather's children finish, the parent resumes only after all of them, one step later.
import asyncio

log = []

async def child(name, steps):
    for i in range(steps):
        await asyncio.sleep(0)
    log.append(f"{name} done")

async def observer():
    for i in range(6):
        log.append(f"tick {i}")
        await asyncio.sleep(0)

async def main():
    obs = asyncio.create_task(observer())
    await asyncio.gather(child("a", 1), child("b", 3))
    log.append("gather returned")
    await obs
    print("\n".join(log))

asyncio.run(main())
