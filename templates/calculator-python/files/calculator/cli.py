"""Entry point: `python -m calculator [expression]` (or `calc` after `pip install -e .`)."""

import sys
from collections.abc import Sequence

from calculator import __version__
from calculator.calculate import calculate
from calculator.errors import CalcError
from calculator.formatting import format_number, precision_from_env
from calculator.repl import prompted_lines, run_repl
from calculator.report import format_error

USAGE = """Usage:
  calc <expression>     evaluate one expression, e.g. calc 2 + 3 or calc "2 * (3 + 4) ^ 2"
  calc                  start the interactive REPL (exit or Ctrl-D quits)
  calc --help           show this help
  calc --version        show the version

  (calc is `python -m calculator` until you run `pip install -e .`)

Operators: + - * x × / ÷ % ^ and parentheses. Names: pi, e (and ans in the REPL).
Quote expressions that use * ( or ) so your shell does not interpret them.
Exit code: 0 on success, 1 on any error.
"""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--"]:
        args = args[1:]
    first = args[0] if args else None

    # argparse would treat "-5 + 2" as options, so the few flags are handled by hand.
    if first in ("-h", "--help"):
        sys.stdout.write(USAGE)
        return 0
    if first in ("-v", "--version"):
        sys.stdout.write(f"{__version__}\n")
        return 0
    if first is not None and len(args) == 1 and first[:2] == "--" and first[2:3].isalpha():
        sys.stderr.write(f'Error: unknown option "{first}"\n\n{USAGE}')
        return 1

    precision = precision_from_env()
    if not args:
        interactive = sys.stdin.isatty()
        lines = prompted_lines() if interactive else sys.stdin
        return run_repl(lines, sys.stdout, sys.stderr, interactive=interactive, precision=precision)

    # `calc 2 + 3` arrives as ["2", "+", "3"]: join the words back into one expression.
    expression = " ".join(args)
    try:
        sys.stdout.write(f"{format_number(calculate(expression), precision)}\n")
    except CalcError as error:
        sys.stderr.write(format_error(expression, error))
        return 1
    return 0
