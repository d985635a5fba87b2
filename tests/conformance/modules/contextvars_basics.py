# contextvars: ContextVar get/set/reset, Token, copy_context and Context.run isolation.
import contextvars
v = contextvars.ContextVar("v", default=1)
ctx = contextvars.copy_context()
t = v.set(5)
print(v.get(), ctx.run(v.get), ctx[v] if v in ctx else "absent", len(ctx), t.old_value, t.var is v)
def inner():
    v.set(7); return v.get()
print(ctx.run(inner), v.get(), ctx[v], list(ctx.keys()) == [v])
v.reset(t); print(v.get())
try: v.reset(t)
except RuntimeError as e: print("RuntimeError", str(e)[:10])
w = contextvars.ContextVar("w")
try: w.get()
except LookupError as e: print("LookupError", type(e).__name__)
print(w.get(9), type(ctx).__name__, type(ctx).__module__)
try: ctx.run(ctx.run, print)
except RuntimeError as e: print(str(e)[:28])
