# concurrent.futures: Future states, exceptions hierarchy, ThreadPoolExecutor submit/map.
import concurrent.futures as cf
print(cf.CancelledError.__mro__, cf.InvalidStateError.__mro__, cf.TimeoutError, cf.BrokenExecutor.__mro__)
f=cf.Future(); f.set_result(3); print(f.result(), f.done())
f=cf.Future(); f.set_exception(ValueError('x')); print(f.exception())
f=cf.Future(); print(f.cancel(), f.cancelled())
with cf.ThreadPoolExecutor(2) as ex: fu = ex.submit(pow, 2, 5); print(fu.result(), list(ex.map(abs,[-1,-2])))
try: f.result()
except BaseException as e: print(type(e), repr(e))
