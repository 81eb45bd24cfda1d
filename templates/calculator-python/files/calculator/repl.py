"""Read-eval-print loop: one expression per line, `ans` holds the previous result."""

from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from typing import TextIO

from calculator.calculate import calculate
from calculator.errors import CalcError
from calculator.formatting import format_number
from calculator.report import format_error

BANNER = 'Calculator REPL. Type "help" for help, "exit" or Ctrl-D to quit.\n'

REPL_HELP = """Type an expression and press Enter, e.g. 2 * (3 + 4) ^ 2
  operators   +  -  * x ×  / ÷  %  ^   (^ binds tightest and is right-associative)
  names       ans (the previous result), pi, e
  commands    help, exit (or Ctrl-D)
"""


def prompted_lines(read: Callable[[str], str] = input) -> Iterator[str]:
    """Lines typed at a terminal with a "> " prompt; Ctrl-D and Ctrl-C both end the session."""
    # Importing readline gives input() line editing and history; Windows has none, which is fine.
    with suppress(ImportError):
        import readline  # noqa: F401
    while True:
        try:
            yield read("> ")
        except (EOFError, KeyboardInterrupt):
            return


def run_repl(
    lines: Iterable[str],
    output: TextIO,
    error_output: TextIO,
    *,
    interactive: bool,
    precision: int,
) -> int:
    """Returns the exit code: 0, or 1 when input was piped and a line failed (so scripts notice)."""
    if interactive:
        output.write(BANNER)
    ans = 0.0
    failures = 0
    for raw in lines:
        line = raw.strip()
        if line in ("exit", "quit"):
            break
        if line == "help":
            output.write(REPL_HELP)
        elif line:
            try:
                ans = calculate(line, {"ans": ans})
                output.write(f"{format_number(ans, precision)}\n")
            except CalcError as error:
                failures += 1
                error_output.write(format_error(line, error))
        output.flush()
    if interactive:
        output.write("\n")
    return 1 if failures and not interactive else 0
