#!/usr/bin/env python3
"""Run one conformance program under aioplay and compare it with CPython 3.11's recording.

    check.py --aioplay build/native/aioplay tests/conformance/lang/closures.py
    check.py --aioplay build/native/aioplay -j2 lang errors/name_error   # areas, area/name, folders
    check.py --runner "node /abs/run-wasm.mjs" tests/conformance/lang/closures.py

The program runs with its folder as cwd, as `RUNNER --virtual-time <name>.py [args]` (plus a
timed real-time run `RUNNER <name>.py [args]` for `# conformance: realtime` programs), and
is compared with <name>.expected.json written by scripts/record-conformance.py: stdout
exactly, the exit status, and stderr's last line (all of stderr with `stderr=full`); for
real-time programs also the moments its stdout lines appeared (see compare_timing).
Programs listed in xfail.txt invert the verdict. Exit status 0 = test passes, 1 = fails.
This file is also the library the recorder imports (directives, running, comparing).
"""
from __future__ import annotations

import argparse
import ast
import difflib
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent          # tests/conformance
XFAIL_FILE = ROOT / "xfail.txt"
DIRECTIVE = "# conformance:"
REALTIME_TOLERANCE = 0.1                         # seconds, per moment, |aioplay - CPython|
DEFAULT_TIMEOUT = 10.0
# PYTHONUNBUFFERED: CPython writes a pipe in 8 KB blocks; unbuffered, each line reaches the pipe
# when it is printed, so its moment can be timed (aioplay flushes every line anyway).
ENV = {"PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1",
       "PYTHONUNBUFFERED": "1"}


@dataclass
class Program:
    path: Path                                   # absolute path of <area>/<name>.py
    stderr: str = "last"                         # "last" (exception line) or "full"
    realtime: bool = False
    stdin: Path | None = None
    args: list[str] = field(default_factory=list)
    timeout: float = DEFAULT_TIMEOUT
    error: bool = False                          # meant to exit non-zero / write stderr

    @property
    def name(self) -> str:                       # "area/name", the key of xfail.txt
        return self.path.relative_to(ROOT).with_suffix("").as_posix()

    @property
    def expected_path(self) -> Path:
        return self.path.with_name(self.path.stem + ".expected.json")


def is_program(path: Path) -> bool:
    """Programs live one folder or more below tests/conformance; `_*.py` are helper modules."""
    return (path.suffix == ".py" and not path.name.startswith("_")
            and path.parent != ROOT and "__pycache__" not in path.parts)


def parse_program(path: Path) -> Program:
    """Reads the `# conformance: ...` directives of the program's leading comment lines."""
    prog = Program(path.resolve())
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            break
        if not stripped.startswith(DIRECTIVE):
            continue
        rest = stripped[len(DIRECTIVE):].strip()
        while rest:
            token, _, tail = rest.partition(" ")
            key, eq, value = token.partition("=")
            if key == "args":                    # args= takes the rest of the line
                prog.args = shlex.split(rest[len("args="):])
                break
            if key == "stderr" and value in ("last", "full"):
                prog.stderr = value
            elif key == "realtime" and not eq:
                prog.realtime = True
            elif key == "error" and not eq:
                prog.error = True
            elif key == "stdin" and value:
                prog.stdin = prog.path.parent / value
            elif key == "timeout" and value:
                prog.timeout = float(value)
            else:
                raise ValueError(f"{path}: unknown conformance directive {token!r}")
            rest = tail.strip()
    return prog


@dataclass
class Result:
    stdout: str
    stderr: str
    exit: int | None                             # None: killed by the timeout
    elapsed: float                               # seconds from spawning the runner to its exit
    line_times: list[float] = field(default_factory=list)  # seconds from spawning to each stdout line
    spawned: float = 0.0                         # time.monotonic() just before spawning


def run(command: list[str], prog: Program) -> Result:
    """Runs `command + [<name>.py, *args]` in the program's folder with the recording env.

    stdout is read as it arrives, and each line is stamped with the moment its end (newline,
    or the last byte of an unterminated last line) reached the pipe.
    """
    stdin = prog.stdin.read_bytes() if prog.stdin else b""
    env = dict(os.environ, **ENV)
    start = time.monotonic()
    try:
        proc = subprocess.Popen(command + [prog.path.name, *prog.args], cwd=prog.path.parent, env=env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:                         # the runner itself is missing or not executable
        return Result("", f"check.py: cannot run {command[0]}: {e}\n", -1, time.monotonic() - start)
    out, err, line_times = bytearray(), bytearray(), []

    def read_stdout() -> None:
        now = 0.0
        while chunk := os.read(proc.stdout.fileno(), 1 << 16):
            now = time.monotonic() - start
            line_times.extend([now] * chunk.count(b"\n"))
            out.extend(chunk)
        if out and not out.endswith(b"\n"):
            line_times.append(now)

    def write_stdin() -> None:
        try:
            proc.stdin.write(stdin)
            proc.stdin.close()
        except OSError:                          # the program exited without reading it all
            pass

    def kill() -> None:
        timed_out.set()
        proc.kill()

    # A blocking wait stamps the exit exactly (Popen.wait(timeout) polls every 50 ms); a
    # timer kills the program at its timeout.
    timed_out, killer = threading.Event(), threading.Timer(prog.timeout, kill)
    threads = [threading.Thread(target=f, daemon=True)
               for f in (read_stdout, lambda: err.extend(proc.stderr.read()), write_stdin)]
    for t in [*threads, killer]:
        t.start()
    code = proc.wait()
    elapsed = time.monotonic() - start
    killer.cancel()
    if timed_out.is_set():
        code = None
    for t in threads:
        t.join(timeout=5)                        # a grandchild could hold the pipes open
    proc.stdout.close()
    proc.stderr.close()
    decode = lambda b: bytes(b).decode("utf-8", "surrogateescape")
    return Result(decode(out), decode(err), code, elapsed, line_times, start)


_startup: dict[tuple[str, ...], float] = {}


def prelude(prog: Program) -> str:
    """The program's top-level imports: what its interpreter does before the program proper."""
    tree = ast.parse(prog.path.read_bytes())
    return "".join(ast.unparse(node) + "\n" for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom)))


def startup_time(command: list[str], prog: Program) -> float:
    """Wall time of the program's prelude alone under `command` (median of five), cached.

    Real-time programs are timed from the end of their interpreter's start-up: CPython's
    start-up and `import asyncio` (~0.1 s) have no counterpart in aioplay, whose modules
    are built in, and node running the wasm build starts slower again. The median, not the
    fastest: on a loaded machine the fastest of five is a lucky start the timed run rarely gets.
    """
    text = prelude(prog)
    key = (*command, text)
    if key not in _startup:
        with tempfile.TemporaryDirectory() as folder:
            stub = Program(Path(folder) / "prelude.py")
            stub.path.write_text(text, encoding="utf-8")
            _startup[key] = statistics.median(run(command, stub).elapsed for _ in range(5))
    return _startup[key]


def timing(result: Result, startup: float) -> dict:
    """The moments of a run, in seconds after start-up: each stdout line, and the exit."""
    return {"lines": [round(t - startup, 3) for t in result.line_times],
            "exit": round(result.elapsed - startup, 3)}


def last_line(text: str) -> str:
    lines = text.rstrip("\n").split("\n")
    return lines[-1]


def load_expected(prog: Program) -> dict:
    return json.loads(prog.expected_path.read_text(encoding="utf-8"))


def diff(label: str, expected: str, actual: str) -> str:
    """A unified diff, plus the first differing character when the lines look alike."""
    lines = list(difflib.unified_diff(expected.splitlines(keepends=True),
                                      actual.splitlines(keepends=True),
                                      f"{label} expected (CPython 3.11)", f"{label} actual"))
    text = "".join(l if l.endswith("\n") else l + "\n\\ No newline at end\n" for l in lines)
    i = next((k for k, (a, b) in enumerate(zip(expected, actual)) if a != b),
             min(len(expected), len(actual)))
    return text + f"first difference at char {i}: expected {expected[i:i + 30]!r}, got {actual[i:i + 30]!r}\n"


def compare(prog: Program, expected: dict, actual: Result, mode: str) -> list[str]:
    """Returns the mismatches of one run as readable paragraphs (empty: it conforms)."""
    problems = []
    if actual.exit is None:
        problems.append(f"[{mode}] timed out after {prog.timeout:g} s")
    elif actual.exit != expected["exit"]:
        said = f": {last_line(actual.stderr)[:120]}" if actual.stderr.strip() else ""
        problems.append(f"[{mode}] exit status {actual.exit}, expected {expected['exit']}{said}")
    if actual.stdout != expected["stdout"]:
        problems.append(f"[{mode}] stdout differs:\n" + diff("stdout", expected["stdout"], actual.stdout))
    if prog.stderr == "full":
        if actual.stderr != expected["stderr"]:
            problems.append(f"[{mode}] stderr differs:\n" + diff("stderr", expected["stderr"], actual.stderr))
    elif last_line(actual.stderr) != last_line(expected["stderr"]):
        problems.append(f"[{mode}] last line of stderr differs:\n"
                        f"  expected: {last_line(expected['stderr'])!r}\n"
                        f"  actual:   {last_line(actual.stderr)!r}\n"
                        f"  full stderr:\n" + "".join("    " + l + "\n" for l in actual.stderr.splitlines()))
    return problems


def compare_timing(expected: dict, actual: dict) -> list[str]:
    """"The same lines at the same moments": each stdout line and the exit, within the tolerance.

    The first line is timed from the end of start-up, every later moment from the first
    line, so the uncertainty in estimating start-up affects one moment only.
    """
    lines, got = expected["lines"], actual["lines"]
    if len(lines) != len(got):                   # stdout differs: reported as such
        return []
    e0, a0 = (lines[0], got[0]) if lines else (0.0, 0.0)
    moments = [("line 1", "after start-up", lines[0], got[0])] if lines else []
    moments += [(f"line {i + 1}", "after line 1", e - e0, a - a0) for i, (e, a) in enumerate(zip(lines, got)) if i]
    moments.append(("exit", "after line 1" if lines else "after start-up", expected["exit"] - e0, actual["exit"] - a0))
    return [f"[real-time] {what} came {a:.3f} s {since}, CPython's {e:.3f} s (tolerance {REALTIME_TOLERANCE} s)"
            for what, since, e, a in moments if abs(a - e) > REALTIME_TOLERANCE]


def check(runner: list[str], prog: Program) -> list[str]:
    """Runs the program in virtual time (and real time if tagged); returns the mismatches."""
    if not prog.expected_path.exists():
        return [f"no recording {prog.expected_path.name}: run scripts/record-conformance.py {prog.name}"]
    expected = load_expected(prog)
    problems = compare(prog, expected, run(runner + ["--virtual-time"], prog), "virtual time")
    if prog.realtime:
        if "timing" not in expected:
            return problems + [f"no timing in {prog.expected_path.name}: run scripts/record-conformance.py {prog.name}"]
        startup = startup_time(runner, prog)
        # Load on a shared 2-core machine only ever delays: a real-time miss gets one retry.
        # Output too, as real-time programs print measured times (rounded, but a delay can
        # cross the rounding boundary); the virtual-time run above checks it without load.
        for _ in range(2):
            result = run(runner, prog)
            timed = compare(prog, expected, result, "real-time")
            if not timed and result.exit is not None:
                timed = compare_timing(expected["timing"], timing(result, startup))
            if not timed:
                break
        problems += timed
    return problems


def read_xfail(path: Path | None = None) -> dict[str, str]:
    """xfail.txt: `area/name  # reason` per line; returns {area/name: reason}."""
    path, entries = path or XFAIL_FILE, {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            name, _, reason = line.partition("#")
            if name.strip():
                entries[name.strip()] = reason.strip()
    return entries


def select(specs: list[str]) -> list[Program]:
    """Programs named by area (`lang`, `asyncio/gather`), area/name, file or folder; all without specs."""
    paths: list[Path] = []
    for spec in specs or [str(ROOT)]:
        candidates = [Path(spec), ROOT / spec, ROOT / (spec + ".py")]
        target = next((c for c in candidates if c.exists()), None)
        if target is None:
            sys.exit(f"{Path(sys.argv[0]).name}: no program or area {spec!r}")
        paths += sorted(target.rglob("*.py")) if target.is_dir() else [target]
    unique = dict.fromkeys(p.resolve() for p in paths if is_program(p.resolve()))
    return [parse_program(p) for p in unique]


def check_all(runner: list[str], programs: list[Program], jobs: int) -> list[tuple[Program, list[str]]]:
    """Checks in parallel, then the real-time programs one at a time (their timing needs an idle machine)."""
    parallel = [p for p in programs if not p.realtime]
    with ThreadPoolExecutor(max(1, jobs)) as pool:
        verdicts = dict(zip((p.name for p in parallel), pool.map(lambda p: check(runner, p), parallel)))
    verdicts.update((p.name, check(runner, p)) for p in programs if p.realtime)
    return [(p, verdicts[p.name]) for p in programs]


def runner_command(args: argparse.Namespace) -> list[str]:
    if args.runner:
        return shlex.split(args.runner)
    return [str(Path(args.aioplay).resolve())]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--aioplay", help="the aioplay binary")
    which.add_argument("--runner", help="a command line taking aioplay's arguments (absolute paths: cwd changes)")
    parser.add_argument("--ignore-xfail", action="store_true", help="judge programs as if not in xfail.txt")
    parser.add_argument("--xfail", action="append", type=Path, default=[], metavar="FILE",
                        help="a further list of known failures of this runner (e.g. xfail-asan.txt); "
                             "its `-area/name` lines drop programs of earlier lists that pass on it")
    parser.add_argument("--timeout-scale", type=float, default=1.0, metavar="F",
                        help="multiply every program's timeout by F (sanitizer builds run several times slower)")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="programs checked in parallel (default 1)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also show why XFAIL programs fail")
    parser.add_argument("programs", nargs="+", help="program files, folders, areas or area/name")
    args = parser.parse_args()
    runner, xfail = runner_command(args), {}
    if not args.ignore_xfail:
        for path in [XFAIL_FILE, *args.xfail]:
            for name, reason in read_xfail(path).items():
                if name.startswith("-"):         # a further list's "-area/name": passes on this runner
                    xfail.pop(name[1:], None)
                else:
                    xfail[name] = reason
    programs = select(args.programs)
    for prog in programs:
        prog.timeout *= args.timeout_scale
    verbose = args.verbose or len(programs) == 1
    counts = {"PASS": 0, "XFAIL": 0, "FAIL": 0}
    for prog, problems in check_all(runner, programs, args.jobs):
        if prog.name in xfail and problems:
            verdict, detail = "XFAIL", f" (expected failure: {xfail[prog.name] or 'listed in xfail.txt'})"
        elif prog.name in xfail:
            verdict, detail = "FAIL", ": unexpectedly passed: remove it from tests/conformance/xfail*.txt"
        else:
            verdict, detail = ("FAIL", "") if problems else ("PASS", "")
        counts[verdict] += 1
        print(f"{verdict} {prog.name}{detail}")
        if problems and (verdict == "FAIL" or verbose):
            print("\n".join(problems))
    if len(programs) > 1:
        print(f"{counts['PASS']} passed, {counts['XFAIL']} expected failures, {counts['FAIL']} failed "
              f"of {len(programs)} programs")
    return 1 if counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main())
