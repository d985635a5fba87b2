// _collections.deque and defaultdict (asyncio.Queue sits on deque): the whole method set,
// maxlen semantics, "deque mutated during iteration", reprs and errors, against output
// recorded from CPython 3.11.
#include <gtest/gtest.h>

#include <memory>

#include "py/interpreter.hpp"

namespace {

std::string run(const char* src) {
  auto I = std::make_unique<py::Interpreter>();
  std::string out;
  I->out = [&](std::string_view s) { out += s; };
  I->err = [&](std::string_view s) { out += s; };
  py::run_program(*I, src, "<test>");
  return out;
}

TEST(CollectionsModule, DequeAndDefaultdictMatchCPython) {
  const char* program = R"PY(from collections import deque, defaultdict
d = deque(range(5))
print(d.index(3), d.index(3, 1, 4), d.count(2), 3 in d, 9 in d, bool(deque()), bool(d))
d.insert(2, 'x'); print(d); d.remove('x'); print(d)
d[1] = 'y'; del d[0]; print(d, d.maxlen, deque(maxlen=2).maxlen)
print(d + deque([9]), d * 2, 2 * deque([1]), deque([1,2], maxlen=3) * 3)
e = deque([1]); e += [2, 3]; print(e); e *= 2; print(e)
print(deque([1,2]) == deque([1,2]), deque([1,2]) < deque([1,3]), deque([1]) == [1], deque([1,2]) != deque([2]))
e.extend(e); print(e, len(e))
e.clear(); print(e)
class Q(deque):
    def __init__(self, items, tag):
        super().__init__(items, maxlen=5)
        self.tag = tag
q = Q([1,2,3], 't'); q.append(4); print(q, q.tag, q.maxlen, type(q.copy()).__name__ if False else '')
r = deque([1, 2, 3]); r.rotate(-1); print(r); r.rotate(4); print(r); r.reverse(); print(r)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2), lambda: deque([1]).index(2),
            lambda: deque(maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 1), lambda: deque([1]) + [2], lambda: deque()['a'], lambda: hash(deque())]:
    try: bad()
    except Exception as ex: print(type(ex).__name__, ex)
dd = defaultdict(int, {'a': 1}, b=2); dd['c'] += 1; print(dd, 'z' in dd, dd.get('q'), isinstance(dd, dict))
n = defaultdict(None); 
try: n['x']
except KeyError as ex: print('KeyError', ex)
print(defaultdict(list).copy(), type(defaultdict(list).copy()).__name__, defaultdict(), repr(defaultdict(dict, {1: {}})))
try: defaultdict(1)
except TypeError as ex: print(ex)
class C(defaultdict):
    pass
c = C(list); c[1].append(2); print(c)
nested = defaultdict(lambda: defaultdict(int)); nested['a']['b'] += 1; print(dict(nested['a']))
dq = deque(); dq.append(dq); print(dq)
print(list(reversed(deque('abc'))), deque('abc')[-1], len(deque(range(100000))))
it = iter(deque([1,2])); print(next(it)); print(list(it))
q = deque()
for i in range(100000): q.append(i)
while len(q) > 1: q.popleft()
print(q, deque([1, 2, 3], maxlen=5) * 3, deque(maxlen=0) + deque([1]))
)PY";
  const char* cpython = R"OUT(3 3 1 True False False True
deque([0, 1, 'x', 2, 3, 4])
deque([0, 1, 2, 3, 4])
deque(['y', 2, 3, 4]) None 2
deque(['y', 2, 3, 4, 9]) deque(['y', 2, 3, 4, 'y', 2, 3, 4]) deque([1, 1]) deque([2, 1, 2], maxlen=3)
deque([1, 2, 3])
deque([1, 2, 3, 1, 2, 3])
True True False True
deque([1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3]) 12
deque([])
Q([1, 2, 3, 4], maxlen=5) t 5 
deque([2, 3, 1])
deque([1, 2, 3])
deque([3, 2, 1])
IndexError pop from an empty deque
IndexError pop from an empty deque
IndexError deque index out of range
ValueError 2 is not in deque
ValueError 2 is not in deque
ValueError maxlen must be non-negative
IndexError deque already at its maximum size
TypeError can only concatenate deque (not "list") to deque
TypeError sequence index must be integer, not 'str'
TypeError unhashable type: 'collections.deque'
defaultdict(<class 'int'>, {'a': 1, 'b': 2, 'c': 1}) False None True
KeyError 'x'
defaultdict(<class 'list'>, {}) defaultdict defaultdict(None, {}) defaultdict(<class 'dict'>, {1: {}})
first argument must be callable or None
C(<class 'list'>, {1: [2]})
{'b': 1}
deque([[...]])
['c', 'b', 'a'] c 100000
1
[2]
deque([99999]) deque([2, 3, 1, 2, 3], maxlen=5) deque([], maxlen=0)
)OUT";
  EXPECT_EQ(run(program), cpython);
}

}  // namespace
