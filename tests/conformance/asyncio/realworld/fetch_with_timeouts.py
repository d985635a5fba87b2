# Simulated fetches, each wrapped in a timeout; slow ones are reported as timed out.
import asyncio

LATENCY = {"fast.example": 0.02, "ok.example": 0.06, "slow.example": 0.5, "dead.example": 5}

async def fetch(host):
    await asyncio.sleep(LATENCY[host])
    return f"<html from {host}>"

async def fetch_with_timeout(host, limit=0.2):
    try:
        async with asyncio.timeout(limit):
            return host, await fetch(host)
    except TimeoutError:
        return host, "TIMEOUT"

async def main():
    results = await asyncio.gather(*(fetch_with_timeout(h) for h in LATENCY))
    for host, body in results:
        print(f"{host:14} {body}")

asyncio.run(main())
