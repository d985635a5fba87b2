# SystemExit and KeyboardInterrupt are BaseExceptions; sys.exit raises SystemExit.
import sys
for arg in (None, 0, 3, "message"):
    try:
        sys.exit(arg) if arg is not None else sys.exit()
    except SystemExit as e:
        print("SystemExit code:", repr(e.code), e.args)
try:
    raise KeyboardInterrupt
except Exception:
    print("not an Exception")
except BaseException as e:
    print("BaseException caught:", type(e).__name__)
try:
    try:
        sys.exit(5)
    except Exception:
        print("Exception handler does not catch SystemExit")
except SystemExit as e:
    print("outer got", e.code)
def cleanup():
    try:
        sys.exit(1)
    finally:
        print("finally runs on sys.exit")
try:
    cleanup()
except SystemExit:
    print("exit intercepted")
