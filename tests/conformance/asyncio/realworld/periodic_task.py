# A periodic job every 0.1 s (absolute schedule, no drift) until it is cancelled.
import asyncio

async def periodic(interval, log):
    loop = asyncio.get_running_loop()
    start = loop.time()
    n = 0
    try:
        while True:
            n += 1
            log.append(n)
            await asyncio.sleep(start + n * interval - loop.time())
    except asyncio.CancelledError:
        log.append("stopped")
        raise

async def main():
    log = []
    job = asyncio.create_task(periodic(0.1, log))
    await asyncio.sleep(0.45)
    job.cancel()
    await asyncio.gather(job, return_exceptions=True)
    print(log)

asyncio.run(main())
