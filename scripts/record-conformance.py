#!/usr/bin/env python3
"""Record CPython 3.11's behaviour for the conformance programs (tests/conformance/README.md).

    scripts/record-conformance.py                    # every program
    scripts/record-conformance.py lang errors/name   # areas, area/name, files or folders
    scripts/record-conformance.py --update-xfail build/native/aioplay [--runner CMD]

Each program runs as `python3 <name>.py [args]` in its own folder (so tracebacks say
`File "<name>.py"`) with PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8; its stdout, stderr,
exit status (and for `realtime` programs the moment of each stdout line and of the end,
after CPython's start-up and the program's imports) go to <name>.expected.json beside it.
Expectations are only ever written from a real CPython 3.11 run, never by hand.
--update-xfail runs the suite under aioplay and rewrites tests/conformance/xfail.txt to
list exactly the programs that fail (hand-written reasons of programs still failing are kept).
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "conformance"))
import check  # noqa: E402  (the harness library beside the programs)

JOBS = max(2, os.cpu_count() or 2)


def require_cpython_311(python: str) -> None:
    version = subprocess.run([python, "-c", "import sys; print(sys.version_info[:2] == (3, 11), sys.version)"],
                             capture_output=True, text=True, check=True).stdout
    if not version.startswith("True"):
        sys.exit(f"record-conformance: {python} is not CPython 3.11 ({version.split(' ', 1)[-1].strip()}); refusing")


def resolve(python: str) -> str:
    """The interpreter itself, not a version manager's shim (pyenv's costs ~0.1-1 s per start,
    which would blur the timing of real-time programs)."""
    return subprocess.run([python, "-c", "import sys; print(sys.executable)"],
                          capture_output=True, text=True, check=True).stdout.strip() or python


# The timed runs of a real-time program: the wrapper does the program's imports, notes the
# moment the program proper starts and the moment it ends (CLOCK_MONOTONIC, the recorder's
# clock too), then runs it as `python3 <name>.py` would. So CPython's start-up and its
# finalization are measured in each run, not estimated.
TIMING_WRAPPER = """\
import runpy, sys, time
{prelude}
moments = open(sys.argv[1], "w")
sys.argv[:] = sys.argv[2:]
moments.write(f"{{time.monotonic()!r}}\\n")
try:
    runpy.run_path(sys.argv[0], run_name="__main__")
finally:
    moments.write(f"{{time.monotonic()!r}}\\n")
    moments.close()
"""


def record_timing(python: str, prog: check.Program, output: check.Result, runs: int = 5) -> dict | str:
    """The `timing` of a real-time program: each moment's earliest of `runs` timed runs (load
    only ever delays one), in seconds after the program's start; or why it cannot be recorded."""
    prelude = "".join(l for l in check.prelude(prog).splitlines(keepends=True) if "__future__" not in l)
    with tempfile.TemporaryDirectory() as folder:
        moments_file = Path(folder) / "moments"
        command = [python, "-c", TIMING_WRAPPER.format(prelude=prelude), str(moments_file)]
        timings = []
        for _ in range(runs):
            result = check.run(command, prog)
            if (result.stdout, result.exit) != (output.stdout, output.exit):
                return "output of a timed run differs: not deterministic under load (not recorded)"
            start, end = (float(t) - result.spawned for t in moments_file.read_text().split())
            timings.append((start, [t - start for t in result.line_times], end - start))
    return {"startup": round(min(t[0] for t in timings), 3),
            "lines": [round(min(t), 3) for t in zip(*(t[1] for t in timings))],
            "exit": round(min(t[2] for t in timings), 3)}


def write_expected(prog: check.Program, result: check.Result, timing: dict | None) -> None:
    # CPython 3.11 makes the script's path absolute (`File "/checkout/.../name.py"`, warnings); the
    # recording keeps the name as given on the command line, as aioplay prints it.
    stderr = result.stderr.replace(f"{prog.path.parent}{os.sep}", "")
    data = {"stdout": result.stdout, "stderr": stderr, "exit": result.exit}
    if timing:
        data["timing"] = timing
    try:
        text = json.dumps(data, indent=1, ensure_ascii=False)
        text.encode("utf-8")
    except UnicodeEncodeError:                   # undecodable output bytes (surrogate escapes)
        text = json.dumps(data, indent=1)
    prog.expected_path.write_text(text + "\n", encoding="utf-8")


def record(python: str, programs: list[check.Program]) -> int:
    """Records in parallel, the real-time ones afterwards one by one so their timing is clean.

    Every program runs twice: differing output means it is not deterministic (not recorded).
    A real-time program then runs five more times for its timing (record_timing).
    """
    python = resolve(python)

    def one(prog: check.Program) -> str | None:
        result, again = check.run([python], prog), check.run([python], prog)
        if result.exit is None or again.exit is None:
            return f"{prog.name}: timed out after {prog.timeout:g} s under CPython (not recorded)"
        if (again.stdout, again.stderr, again.exit) != (result.stdout, result.stderr, result.exit):
            return f"{prog.name}: output differs between runs under CPython: not deterministic (not recorded)"
        timing = record_timing(python, prog, result) if prog.realtime else None
        if isinstance(timing, str):
            return f"{prog.name}: {timing}"
        write_expected(prog, result, timing)
        if (result.exit != 0) != prog.error:
            what = f"exited {result.exit}" + (f": {check.last_line(result.stderr)}" if result.stderr else "")
            return f"{prog.name}: {what} (add `# conformance: error` if that is intended)" if not prog.error \
                else f"{prog.name}: marked `error` but exited 0"
        return None

    with ThreadPoolExecutor(JOBS) as pool:
        problems = list(pool.map(one, [p for p in programs if not p.realtime]))
    problems += [one(p) for p in programs if p.realtime]
    problems = [p for p in problems if p]
    for p in problems:
        print("WARNING", p)
    print(f"recorded {len(programs)} programs with {python}; {len(problems)} warnings")
    return 1 if problems else 0


def update_xfail(runner: list[str], programs: list[check.Program]) -> int:
    """Rewrites xfail.txt from an actual run: failing programs listed, passing ones dropped."""
    old = check.read_xfail()
    verdicts = check.check_all(runner, programs, JOBS)
    selected = {p.name for p in programs}
    entries = {n: r for n, r in old.items() if n not in selected and (check.ROOT / (n + ".py")).exists()}
    for prog, problems in verdicts:
        if problems:
            # Hand-written reasons stay; generated ones ("[virtual time] ...") are refreshed.
            kept = old.get(prog.name, "")
            generated = not kept or kept.startswith(("[", "no recording"))
            entries[prog.name] = problems[0].splitlines()[0].rstrip(":") if generated else kept
    lines = [f"{name}  # {reason}" if reason else name for name, reason in sorted(entries.items())]
    header = ("# Conformance programs that do not pass yet: `area/name  # reason`, one per line.\n"
              "# check.py fails a listed program that passes; regenerate with\n"
              "#   scripts/record-conformance.py --update-xfail build/native/aioplay\n")
    check.XFAIL_FILE.write_text(header + "".join(l + "\n" for l in lines), encoding="utf-8")
    passed = sum(1 for _, problems in verdicts if not problems)
    print(f"{passed}/{len(verdicts)} pass; xfail.txt lists {len(entries)} programs")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", default="python3", help="the CPython 3.11 to record (default python3)")
    parser.add_argument("--update-xfail", metavar="AIOPLAY", help="rewrite xfail.txt from a run of this binary")
    parser.add_argument("--runner", help="with --update-xfail: a runner command instead of the binary")
    parser.add_argument("specs", nargs="*", help="areas, area/name, files or folders (default: all)")
    args = parser.parse_args()
    programs = check.select(args.specs)
    if args.update_xfail or args.runner:
        runner = shlex.split(args.runner) if args.runner else [str(Path(args.update_xfail).resolve())]
        return update_xfail(runner, programs)
    require_cpython_311(args.python)
    return record(args.python, programs)


if __name__ == "__main__":
    sys.exit(main())
