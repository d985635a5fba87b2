# collections.OrderedDict: move_to_end, popitem(last=), equality is order-sensitive, LRU cache.
from collections import OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od))
od.move_to_end("b"); print(list(od))
od.move_to_end("c", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1) == {"a": 1})
class LRU:
    def __init__(self, capacity):
        self.cap, self.data = capacity, OrderedDict()
    def get(self, k):
        if k not in self.data:
            return None
        self.data.move_to_end(k)
        return self.data[k]
    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            print("evict", self.data.popitem(last=False))
cache = LRU(2)
cache.put("a", 1); cache.put("b", 2); cache.get("a"); cache.put("c", 3); cache.put("d", 4)
print(list(cache.data.items()), cache.get("b"))
print(OrderedDict.fromkeys("xyz", 0), list(reversed(OrderedDict(a=1, b=2))))
