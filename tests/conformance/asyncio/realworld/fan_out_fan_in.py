# Fan-out/fan-in: split work into chunks, process concurrently, merge the partial results.
import asyncio

async def partial_sum(chunk_id, numbers):
    await asyncio.sleep(0.01 * (chunk_id % 3))
    s = sum(n * n for n in numbers)
    print(f"chunk {chunk_id}: {len(numbers)} numbers -> {s}")
    return s

async def main():
    data = list(range(1, 101))
    chunks = [data[i:i + 25] for i in range(0, len(data), 25)]
    partials = await asyncio.gather(*(partial_sum(i, c) for i, c in enumerate(chunks)))
    print("partials:", partials)
    print("total:", sum(partials), "check:", sum(n * n for n in data))

asyncio.run(main())
