"""Runs a lesson's Python block, recording what each print() wrote and from which lines of the
block (the call and every line of the block on the stack above it, so `report(items)  # → over by 2`
holds what report printed), so `# → value` comments can be compared."""
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
    lines = []
    frame = sys._getframe(1)
    while frame:
        if os.path.abspath(frame.f_code.co_filename) == target:
            lines.append(frame.f_lineno)
        frame = frame.f_back
    if kwargs.get("file") in (None, sys.stdout):
        buffer = io.StringIO()
        _print(*args, **{**kwargs, "file": buffer})
        printed.append({"lines": lines, "text": buffer.getvalue().rstrip("\n")})
    _print(*args, **kwargs)


builtins.print = recording_print
sys.argv = [target]
try:
    runpy.run_path(target, run_name="__main__")
finally:
    with open(os.environ["LESSON_OUTPUT_FILE"], "w") as out:
        json.dump(printed, out)
