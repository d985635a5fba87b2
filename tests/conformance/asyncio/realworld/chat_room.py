# A chat-room simulation: each client has an inbox queue; the room broadcasts messages.
import asyncio

class Room:
    def __init__(self):
        self.inboxes = {}
    def join(self, name):
        self.inboxes[name] = asyncio.Queue()
        self.broadcast("server", f"{name} joined")
        return self.inboxes[name]
    def leave(self, name):
        del self.inboxes[name]
        self.broadcast("server", f"{name} left")
    def broadcast(self, sender, text):
        for name, inbox in self.inboxes.items():
            if name != sender:
                inbox.put_nowait((sender, text))

async def client(room, name, script, log):
    inbox = room.join(name)
    async def listen():
        while (message := await inbox.get()) is not None:
            sender, text = message
            log.append(f"[{name}] {sender}: {text}")
    listener = asyncio.create_task(listen())
    for delay, text in script:
        await asyncio.sleep(delay)
        room.broadcast(name, text)
    await asyncio.sleep(0.2)
    room.leave(name)
    inbox.put_nowait(None)      # the listener logs what is queued, then stops
    await listener

async def main():
    room = Room()
    log = []
    await asyncio.gather(
        client(room, "alice", [(0.05, "hi all"), (0.15, "how are you?")], log),
        client(room, "bob", [(0.1, "hey alice"), (0.2, "fine thanks")], log),
        client(room, "carol", [(0.15, "hello!")], log),
    )
    print("\n".join(log))

asyncio.run(main())
