# conformance: stdin=to_thread_input.stdin.txt
# input() through to_thread while a spinner task keeps running; then input() called
# directly in a coroutine (blocking the loop, fine for a one-off prompt).
import asyncio

async def spinner(stop):
    n = 0
    while not stop.is_set():
        n += 1
        await asyncio.sleep(0)
    return n

async def main():
    stop = asyncio.Event()
    spin = asyncio.create_task(spinner(stop))
    name = await asyncio.to_thread(input, "name? ")
    stop.set()
    spun = await spin
    print()
    print("hello", name, "| spinner kept running:", spun > 0)
    age = input("age? ")
    print()
    print("next year", int(age) + 1)

asyncio.run(main())
