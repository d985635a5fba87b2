// The operator module has no conformance program: its functions, itemgetter, attrgetter
// (dotted) and methodcaller with reprs and errors, against output recorded from CPython 3.11.
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

TEST(OperatorModule, FunctionsGettersAndErrorsMatchCPython) {
  const char* program = R"PY(import operator as op
from functools import reduce
rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(0, 2), reverse=True))
print(op.itemgetter(1), op.itemgetter(0, -1)('abc'), op.itemgetter('k')({'k': 5}), op.itemgetter(slice(1, None))([1, 2, 3]))
class P:
    def __init__(self, n, c=None): self.n, self.child = n, c
    def scale(self, k, *, plus=0): return self.n * k + plus
ps = [P(3, P(30)), P(1, P(10)), P(2, P(20))]
print([p.n for p in sorted(ps, key=op.attrgetter('child.n'))], op.attrgetter('n', 'child.n')(ps[0]), op.attrgetter('child.n'))
print(list(map(op.methodcaller('scale', 2, plus=1), ps)), op.methodcaller('scale', 2, plus=1), op.methodcaller('upper')('ab'))
print(reduce(op.add, [1, 2, 3]), reduce(op.mul, range(1, 6)), list(map(op.sub, [5, 6], [1, 2])), list(map(op.neg, [1, -2])))
print(op.lt(1, 2), op.le(2, 2), op.eq('a', 'a'), op.ne(1, 1), op.ge(1, 2), op.gt(3, 2), op.not_([]), op.truth(5), op.is_(None, None), op.is_not(1, None))
print(op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 100), op.lshift(1, 70), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(0), op.abs(-3.5), op.index(7))
print(op.concat('ab', 'cd'), op.contains([1, 2], 2), op.countOf('banana', 'a'), op.indexOf('banana', 'n'), op.__mul__(3, 4), op.iadd([1], (2,)), op.length_hint([1, 2]), op.length_hint(3, 9))
d = {}; op.setitem(d, 'a', 1); op.setitem(d, 'b', 2); op.delitem(d, 'a'); print(d, op.getitem(d, 'b'), op.getitem([1, 2, 3], slice(0, 2)))
for bad in ['op.itemgetter()', 'op.itemgetter(3)([1])', 'op.attrgetter("nope")(ps[0])', 'op.attrgetter(5)', 'op.methodcaller(5)', 'op.indexOf([1], 9)', 'op.concat(1, 2)', 'op.add(1, "a")', 'op.index(1.5)']:
    try: print(eval(bad))
    except Exception as e: print(type(e).__name__ + ': ' + str(e))
)PY";
  const char* cpython = R"OUT([('c', 1, 'z'), ('b', 2, 'x'), ('a', 3, 'y')] [('c', 1, 'z'), ('b', 2, 'x'), ('a', 3, 'y')]
operator.itemgetter(1) ('a', 'c') 5 [2, 3]
[1, 2, 3] (3, 30) operator.attrgetter('child.n')
[7, 3, 5] operator.methodcaller('scale', 2, plus=1) AB
6 120 [4, 4] [-1, 2]
True True True False False True True True True True
3.5 3 2 1267650600228229401496703205376 1180591620717411303424 8 14 6 -1 3.5 7
abcd True 3 2 12 [1, 2] 2 9
{'b': 2} 2 [1, 2]
TypeError: itemgetter expected 1 argument, got 0
IndexError: list index out of range
AttributeError: 'P' object has no attribute 'nope'
TypeError: attribute name must be a string
TypeError: method name must be a string
ValueError: sequence.index(x): x not in sequence
TypeError: 'int' object can't be concatenated
TypeError: unsupported operand type(s) for +: 'int' and 'str'
TypeError: 'float' object cannot be interpreted as an integer
)OUT";
  EXPECT_EQ(run(program), cpython);
}

}  // namespace
