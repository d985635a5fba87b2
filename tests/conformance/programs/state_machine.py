# A traffic-light / turnstile state machine with transition tables and event logs.
class Turnstile:
    transitions = {
        ("locked", "coin"): ("unlocked", "unlock"),
        ("locked", "push"): ("locked", "alarm"),
        ("unlocked", "push"): ("locked", "lock"),
        ("unlocked", "coin"): ("unlocked", "refund"),
    }
    def __init__(self):
        self.state = "locked"
        self.log = []
    def handle(self, event):
        try:
            new_state, action = self.transitions[(self.state, event)]
        except KeyError:
            raise ValueError(f"bad event {event!r} in state {self.state!r}") from None
        self.log.append(f"{self.state:>8} --{event}--> {new_state:<8} [{action}]")
        self.state = new_state
        return action

t = Turnstile()
for ev in ["push", "coin", "coin", "push", "push", "kick"]:
    try:
        t.handle(ev)
    except ValueError as e:
        print("error:", e)
print("\n".join(t.log))

def traffic_light():
    durations = {"green": 3, "yellow": 1, "red": 2}
    order = ["green", "yellow", "red"]
    tick = 0
    while True:
        for colour in order:
            for _ in range(durations[colour]):
                yield tick, colour
                tick += 1

light = traffic_light()
timeline = [next(light) for _ in range(13)]
print(" ".join(f"{t}:{c[0].upper()}" for t, c in timeline))
changes = [b for a, b in zip(timeline, timeline[1:]) if a[1] != b[1]]
print(changes)
