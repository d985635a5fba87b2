#!/usr/bin/env python3
"""Records python3's view of the front-end test cases (tests/cpp/py/data/front/).

  ast_cases.txt    -> ast_cases.expected:   ast.dump of each snippet, without and with
                                            attributes (lineno, col_offset, ...)
  error_cases.txt  -> error_cases.expected: for each program run as a file, the
                                            SyntaxError's type, msg, lineno, offset,
                                            end_lineno, end_offset; the same fields for
                                            the text given to compile() as a string
                                            ("-" when it is not UTF-8); and the exact
                                            text python3 printed to stderr

Cases are separated by lines "### name"; "[eval]" after the name parses in eval mode.
Errors are recorded from real `python3 x.py` runs (not compile()), since positions at
the end of a file differ between the two and the engine must match running a file.
Run with CPython 3.11: `python3 scripts/record-ast.py`.
"""
import ast
import os
import subprocess
import sys
import tempfile

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'cpp', 'py', 'data', 'front')


def cases(path):
    with open(path, 'rb') as f:
        data = f.read()
    out, name, body = [], None, []
    for line in data.splitlines(keepends=True):
        if line.startswith(b'### '):
            if name is not None:
                out.append((name, b''.join(body)))
            name, body = line[4:].decode().strip(), []
        elif name is not None:
            body.append(line)
    if name is not None:
        out.append((name, b''.join(body)))
    return out


def record_ast():
    lines = []
    for name, src in cases(os.path.join(HERE, 'ast_cases.txt')):
        mode = 'eval' if name.endswith('[eval]') else 'exec'
        lines.append('### ' + name)
        try:
            tree = ast.parse(src, mode=mode)
            lines.append(ast.dump(tree))
            lines.append(ast.dump(tree, include_attributes=True))
        except SyntaxError as e:
            sys.exit(f'ast case {name!r} is not valid Python: {e}')
    with open(os.path.join(HERE, 'ast_cases.expected'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


PROBE = ('import sys; e = sys.last_value; '
         'print("|".join(str(v if v is not None else 0) for v in '
         '(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)))\n')


def record_errors():
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'x.py')
        for name, src in cases(os.path.join(HERE, 'error_cases.txt')):
            with open(path, 'wb') as f:
                f.write(src)
            run = subprocess.run([sys.executable, path], capture_output=True, cwd=tmp)
            if run.returncode == 0:
                sys.exit(f'error case {name!r} ran without error')
            stderr = run.stderr.decode('utf-8').replace(path, 'x.py')
            probe = subprocess.run([sys.executable, '-i', path], input=PROBE.encode(), capture_output=True, cwd=tmp)
            fields = probe.stdout.decode('utf-8').strip().replace(path, 'x.py')
            if '|' not in fields:
                sys.exit(f'error case {name!r}: no SyntaxError ({stderr})')
            try:
                compile(src.decode('utf-8'), 'x.py', 'exec')
                sys.exit(f'error case {name!r} compiles as a string')
            except UnicodeDecodeError:
                string_fields = '-'
            except SyntaxError as e:
                string_fields = '|'.join(str(v if v is not None else 0) for v in (
                    type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
            lines.append('### ' + name)
            lines.append(fields)
            lines.append(string_fields)
            lines.append(stderr.rstrip('\n'))
    with open(os.path.join(HERE, 'error_cases.expected'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    if sys.version_info[:2] != (3, 11):
        sys.exit('record with CPython 3.11')
    record_ast()
    record_errors()
