#!/usr/bin/env python3
"""Tests of the conformance harness itself (check.py and scripts/record-conformance.py).

Works in a scratch copy of the layout: programs are recorded with the interpreter running
this test, then checked against runners that behave like aioplay (CPython without the
`--virtual-time` flag) or deliberately differ from it.
"""
import importlib.util
import json
import os
import sys
import tempfile
import textwrap
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import check  # noqa: E402

spec = importlib.util.spec_from_file_location("recorder", HERE.parent.parent / "scripts" / "record-conformance.py")
recorder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(recorder)

# Stands in for aioplay: drops --virtual-time, then runs the program with this Python.
FAKE_AIOPLAY = textwrap.dedent("""\
    import runpy, sys
    args = [a for a in sys.argv[1:] if a != "--virtual-time"]
    sys.argv = args
    runpy.run_path(args[0], run_name="__main__")
    """)


class HarnessTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = Path(self.tmp.name)
        (self.root / "area").mkdir()
        self.saved = check.ROOT, check.XFAIL_FILE
        check.ROOT, check.XFAIL_FILE = self.root, self.root / "xfail.txt"
        (self.root / "fake_aioplay.py").write_text(FAKE_AIOPLAY)
        self.runner = [sys.executable, str(self.root / "fake_aioplay.py")]

    def tearDown(self):
        check.ROOT, check.XFAIL_FILE = self.saved
        self.tmp.cleanup()

    def program(self, name, source):
        path = self.root / "area" / f"{name}.py"
        path.write_text(textwrap.dedent(source))
        return check.parse_program(path)

    def record(self, prog):
        self.assertEqual(recorder.record(sys.executable, [prog]), 0)
        return json.loads(prog.expected_path.read_text())

    def test_directives(self):
        prog = self.program("d", """\
            # conformance: stderr=full realtime error timeout=3
            # conformance: stdin=d.txt
            # conformance: args=-x "two words"
            print(1)
            # conformance: stderr=last  (not a leading comment: ignored)
            """)
        self.assertEqual((prog.stderr, prog.realtime, prog.error, prog.timeout), ("full", True, True, 3.0))
        self.assertEqual((prog.stdin.name, prog.args, prog.name), ("d.txt", ["-x", "two words"], "area/d"))
        with self.assertRaises(ValueError):
            self.program("bad", "# conformance: stderr=some\n")

    def test_selection_skips_helpers_and_data(self):
        self.program("a", "print(1)\n")
        self.program("_helper", "X = 1\n")
        (self.root / "area" / "a.stdin.txt").write_text("data\n")
        (self.root / "top_level.py").write_text("print(0)\n")
        self.assertEqual([p.name for p in check.select([])], ["area/a"])
        self.assertEqual([p.name for p in check.select(["area/a"])], ["area/a"])

    def test_record_then_pass(self):
        prog = self.program("ok", """\
            import sys
            print("hé", sys.argv[1:], input())
            """)
        (self.root / "area" / "ok.txt").write_text("line\n")
        prog.stdin, prog.args = self.root / "area" / "ok.txt", ["a b"]
        self.assertEqual(self.record(prog), {"stdout": "hé ['a b'] line\n", "stderr": "", "exit": 0})
        self.assertEqual(check.check(self.runner, prog), [])

    def test_traceback_path_is_the_bare_name(self):
        prog = self.program("boom", """\
            # conformance: error stderr=full
            def f():
                raise KeyError("k")
            f()
            """)
        expected = self.record(prog)
        self.assertIn('File "boom.py", line 4, in <module>', expected["stderr"])
        self.assertNotIn(str(self.root), expected["stderr"])
        self.assertEqual((expected["exit"], check.last_line(expected["stderr"])), (1, "KeyError: 'k'"))

    def test_mismatches_are_reported(self):
        prog = self.program("out", 'print("a")\nprint("b")\n')
        self.record(prog)
        liar = [sys.executable, "-c", "import sys; print('a'); print('c'); sys.exit(3)"]
        problems = check.check(liar, prog)
        self.assertEqual(len(problems), 2)
        self.assertIn("exit status 3, expected 0", problems[0])
        self.assertIn("-b\n+c\n", problems[1])

    def test_stderr_last_line_versus_full(self):
        last = self.program("last", "# conformance: error\nraise ValueError('v')\n")
        full = self.program("full", "# conformance: error stderr=full\nraise ValueError('v')\n")
        for prog in (last, full):
            self.record(prog)
        short = [sys.executable, "-c", "import sys; sys.stderr.write('other\\nValueError: v\\n'); sys.exit(1)"]
        self.assertEqual(check.check(short, last), [])
        self.assertIn("stderr differs", check.check(short, full)[0])

    def test_timeout_and_missing_runner(self):
        prog = self.program("t", "print(1)\n")
        self.record(prog)
        prog.timeout = 1.0                          # as `# conformance: timeout=1` would set it
        sleeper = [sys.executable, "-c", "import time; time.sleep(30)"]
        self.assertIn("timed out", check.check(sleeper, prog)[0])
        self.assertIn("exit status -1", check.check([str(self.root / "missing")], prog)[0])

    def test_realtime_moments_are_compared(self):
        prog = self.program("rt", """\
            # conformance: realtime
            import time
            print("a")
            time.sleep(1)
            print("b", end="")
            """)
        timing = self.record(prog)["timing"]
        # Loose bounds: shared machines; start-up (interpreter + `import time`) is excluded.
        self.assertEqual(len(timing["lines"]), 2)
        self.assertLess(timing["lines"][0], 0.3)
        self.assertAlmostEqual(timing["lines"][1] - timing["lines"][0], 1.0, delta=0.3)
        self.assertGreater(timing["exit"], timing["lines"][1] - 0.05)   # the end: in-process, not at the pipe
        # The 0.1 s tolerance is for an idle machine; here only the verdicts' logic is tested.
        check.REALTIME_TOLERANCE = 0.5
        self.addCleanup(setattr, check, "REALTIME_TOLERANCE", 0.1)
        self.assertEqual(check.check(self.runner, prog), [])
        hasty = [sys.executable, "-c", "print('a'); print('b', end='')"]   # the same lines, no pause
        self.assertTrue(any(p.startswith("[real-time] line 2 came") for p in check.check(hasty, prog)))

    def test_timing_moments(self):
        cpython = {"lines": [0.01, 1.01, 1.02], "exit": 1.03}
        self.assertEqual(check.compare_timing(cpython, {"lines": [0.0, 1.05, 1.05], "exit": 1.06}), [])
        # A late start shifts only the first moment: the rest are timed from line 1.
        late = check.compare_timing(cpython, {"lines": [0.3, 1.3, 1.31], "exit": 1.32})
        self.assertEqual(late, ["[real-time] line 1 came 0.300 s after start-up, CPython's 0.010 s (tolerance 0.1 s)"])
        slow_exit = check.compare_timing(cpython, {"lines": [0.01, 1.01, 1.02], "exit": 2.0})
        self.assertEqual(len(slow_exit), 1)
        self.assertIn("exit came 1.990 s after line 1, CPython's 1.020 s", slow_exit[0])
        # No output: the exit is timed from start-up; a different line count is stdout's problem.
        self.assertEqual(len(check.compare_timing({"lines": [], "exit": 1.0}, {"lines": [], "exit": 0.0})), 1)
        self.assertEqual(check.compare_timing(cpython, {"lines": [5.0], "exit": 9.0}), [])

    def test_recorder_warns_on_unexpected_exit(self):
        prog = self.program("oops", "1 / 0\n")
        self.assertEqual(recorder.record(sys.executable, [prog]), 1)
        self.assertTrue(prog.expected_path.exists())

    def test_recorder_refuses_nondeterministic_output(self):
        prog = self.program("nondet", "import time\nprint(time.time_ns())\n")
        self.assertEqual(recorder.record(sys.executable, [prog]), 1)
        self.assertFalse(prog.expected_path.exists())

    def test_xfail_round_trip(self):
        good = self.program("good", "print(1)\n")
        bad = self.program("bad", "print(2)\n")
        for prog in (good, bad):
            self.record(prog)
        bad.path.write_text("print(3)\n")          # now differs from its recording
        check.XFAIL_FILE.write_text("area/good  # stale entry\narea/gone  # program deleted\n")
        recorder.update_xfail(self.runner, [good, bad])
        self.assertEqual(check.read_xfail(), {"area/bad": "[virtual time] stdout differs"})
        check.XFAIL_FILE.write_text("area/bad  # waiting for the printer rewrite\n")
        recorder.update_xfail(self.runner, [good, bad])
        self.assertEqual(check.read_xfail(), {"area/bad": "waiting for the printer rewrite"})


if __name__ == "__main__":
    unittest.main()
