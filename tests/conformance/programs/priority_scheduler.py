# A priority scheduler without heapq: tasks as generators, round-robin within priority, aging.
class Task:
    def __init__(self, name, priority, steps):
        self.name, self.priority, self.steps = name, priority, steps
        self.gen = self.run()
        self.waited = 0
    def run(self):
        for i in range(1, self.steps + 1):
            yield f"{self.name} step {i}/{self.steps}"

class Scheduler:
    def __init__(self):
        self.tasks = []
        self.clock = 0
    def add(self, task):
        self.tasks.append(task)
    def pick(self):
        best = None
        for t in self.tasks:
            score = t.priority + t.waited // 3
            if best is None or score > best[0]:
                best = (score, t)
        return best[1]
    def run(self):
        while self.tasks:
            task = self.pick()
            try:
                msg = next(task.gen)
                print(f"t={self.clock:2} {msg} (prio {task.priority}, waited {task.waited})")
                task.waited = 0
                self.tasks.remove(task)
                self.tasks.append(task)
            except StopIteration:
                print(f"t={self.clock:2} {task.name} finished")
                self.tasks.remove(task)
            for other in self.tasks:
                if other is not task:
                    other.waited += 1
            self.clock += 1

s = Scheduler()
s.add(Task("backup", 1, 2))
s.add(Task("ui", 5, 3))
s.add(Task("net", 3, 2))
s.run()
