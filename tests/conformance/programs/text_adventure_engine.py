# A data-driven text adventure: rooms as dicts, a command parser with match, scripted moves.
ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of books.", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and locked.", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}
state = {"room": "hall", "bag": [], "moves": 0}
def do(cmd):
    room = ROOMS[state["room"]]
    match cmd.split():
        case ["look"]:
            return f"{room['desc']} Exits: {', '.join(sorted(room['exits']))}. Items: {room['items'] or 'none'}"
        case ["go", direction] if direction in room["exits"]:
            target = ROOMS[room["exits"][direction]]
            if target.get("locked") and "key" not in state["bag"]:
                return "The door is locked."
            state["room"] = room["exits"][direction]
            state["moves"] += 1
            return f"You go {direction} to the {state['room']}."
        case ["go", direction]:
            return f"You can't go {direction}."
        case ["take", item] if item in room["items"]:
            room["items"].remove(item)
            state["bag"].append(item)
            return f"Taken: {item}."
        case ["take", item]:
            return f"No {item} here."
        case ["inventory" | "inv"]:
            return f"You carry: {', '.join(state['bag']) or 'nothing'}"
        case _:
            return f"I don't understand {cmd!r}."
for cmd in ["look", "take lamp", "go east", "go down", "go west", "go north", "take key", "take sword", "go south",
            "go east", "go down", "look", "take treasure", "inv", "dance"]:
    print(f"> {cmd}\n{do(cmd)}")
print(state)
