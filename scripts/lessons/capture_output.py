"""Runs a lesson's Python block, recording what each print() wrote and from which line of the
block, so `# → value` comments can be compared."""
import builtins
import io
import json
import os
import runpy
import sys

target = os.path.abspath(sys.argv[1])
printed = []
_print = builtins.print


def recording_print(*args, **kwargs):
    frame = sys._getframe(1)
    while frame and os.path.abspath(frame.f_code.co_filename) != target:
        frame = frame.f_back
    if kwargs.get("file") in (None, sys.stdout):
        buffer = io.StringIO()
        _print(*args, **{**kwargs, "file": buffer})
        printed.append({"line": frame.f_lineno if frame else 0, "text": buffer.getvalue().rstrip("\n")})
    _print(*args, **kwargs)


builtins.print = recording_print
sys.argv = [target]
try:
    runpy.run_path(target, run_name="__main__")
finally:
    with open(os.environ["LESSON_OUTPUT_FILE"], "w") as out:
        json.dump(printed, out)
