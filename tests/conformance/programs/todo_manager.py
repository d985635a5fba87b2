# A todo manager with dataclasses, enums-free status strings, filtering and JSON export.
import json
from dataclasses import dataclass, field, asdict
@dataclass
class Todo:
    id: int
    title: str
    done: bool = False
    tags: list = field(default_factory=list)
class TodoList:
    def __init__(self):
        self.items, self.next_id = [], 1
    def add(self, title, *tags):
        todo = Todo(self.next_id, title, tags=list(tags))
        self.items.append(todo)
        self.next_id += 1
        return todo
    def complete(self, todo_id):
        for t in self.items:
            if t.id == todo_id:
                t.done = True
                return t
        raise LookupError(f"no todo #{todo_id}")
    def pending(self, tag=None):
        return [t for t in self.items if not t.done and (tag is None or tag in t.tags)]
    def summary(self):
        done = sum(t.done for t in self.items)
        return f"{done}/{len(self.items)} done"
todos = TodoList()
todos.add("write tests", "dev")
todos.add("buy milk", "home")
todos.add("fix bug #12", "dev", "urgent")
todos.complete(1)
try:
    todos.complete(42)
except LookupError as e:
    print("error:", e)
print(todos.summary())
for t in todos.pending():
    print(f"[{' x'[t.done]}] #{t.id} {t.title} {t.tags}")
print([t.title for t in todos.pending("dev")])
print(json.dumps([asdict(t) for t in todos.items], indent=1))
