#!/usr/bin/env python3
"""Run one conformance program under aioplay and compare it with CPython 3.11's recording.

    check.py --aioplay build/native/aioplay tests/conformance/lang/closures.py
    check.py --aioplay build/native/aioplay -j2 lang errors/name_error   # areas, area/name, folders
    check.py --runner "node /abs/run-wasm.mjs" tests/conformance/lang/closures.py

The program runs with its folder as cwd, as `RUNNER --virtual-time <name>.py [args]` (plus a
timed real-time run `RUNNER <name>.py [args]` for `# conformance: realtime` programs), and
is compared with <name>.expected.json written by scripts/record-conformance.py: stdout
exactly, the exit status, and stderr's last line (all of stderr with `stderr=full`).
Programs listed in xfail.txt invert the verdict. Exit status 0 = test passes, 1 = fails.
This file is also the library the recorder imports (directives, running, comparing).
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent          # tests/conformance
XFAIL_FILE = ROOT / "xfail.txt"
DIRECTIVE = "# conformance:"
REALTIME_TOLERANCE = 0.1                         # seconds, |aioplay - CPython|
DEFAULT_TIMEOUT = 10.0
ENV = {"PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"}


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
    elapsed: float


def run(command: list[str], prog: Program) -> Result:
    """Runs `command + [<name>.py, *args]` in the program's folder with the recording env."""
    stdin = prog.stdin.read_bytes() if prog.stdin else b""
    env = dict(os.environ, **ENV)
    start = time.monotonic()
    try:
        proc = subprocess.run(command + [prog.path.name, *prog.args], cwd=prog.path.parent,
                              input=stdin, capture_output=True, env=env, timeout=prog.timeout)
        out, err, code = proc.stdout, proc.stderr, proc.returncode
    except subprocess.TimeoutExpired as e:
        out, err, code = e.stdout or b"", e.stderr or b"", None
    except OSError as e:                         # the runner itself is missing or not executable
        out, err, code = b"", f"check.py: cannot run {command[0]}: {e}\n".encode(), -1
    elapsed = time.monotonic() - start
    decode = lambda b: b.decode("utf-8", "surrogateescape")
    return Result(decode(out), decode(err), code, elapsed)


_startup: dict[tuple[str, ...], float] = {}


def startup_time(command: list[str]) -> float:
    """Wall time of an empty program under `command` (fastest of three), cached per command.

    Real-time programs are timed without their interpreter's start-up, which differs a lot
    between CPython, native aioplay and node running the wasm build.
    """
    key = tuple(command)
    if key not in _startup:
        with tempfile.TemporaryDirectory() as folder:
            empty = Program(Path(folder) / "empty.py")
            empty.path.write_text("")
            _startup[key] = min(run(command, empty).elapsed for _ in range(3))
    return _startup[key]


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
    if mode == "real-time" and "elapsed" in expected and actual.exit is not None:
        if abs(actual.elapsed - expected["elapsed"]) > REALTIME_TOLERANCE:
            problems.append(f"[{mode}] elapsed {actual.elapsed:.3f} s, CPython {expected['elapsed']:.3f} s "
                            f"(tolerance {REALTIME_TOLERANCE} s{', start-up excluded' if 'startup' in expected else ''})")
    return problems


def check(runner: list[str], prog: Program) -> list[str]:
    """Runs the program in virtual time (and real time if tagged); returns the mismatches."""
    if not prog.expected_path.exists():
        return [f"no recording {prog.expected_path.name}: run scripts/record-conformance.py {prog.name}"]
    expected = load_expected(prog)
    problems = compare(prog, expected, run(runner + ["--virtual-time"], prog), "virtual time")
    if prog.realtime:
        # Load on a shared machine only ever adds time: a timing-only miss gets two more tries.
        # Recordings with a "startup" field time the program alone (older ones include start-up).
        startup = startup_time(runner) if "startup" in expected else 0.0
        for attempt in range(3):
            result = run(runner, prog)
            result.elapsed -= startup
            timed = compare(prog, expected, result, "real-time")
            if not timed or any("elapsed" not in p for p in timed):
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
