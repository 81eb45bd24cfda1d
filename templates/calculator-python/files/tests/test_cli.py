"""The CLI as a black box: a child process per run, like a user's shell."""

import re
import tomllib

from calculator import __version__
from tests.cli_runner import PROJECT_ROOT, Calc, Result


def test_evaluates_words_joined_from_argv(calc: Calc) -> None:
    assert calc("2", "+", "3") == Result(0, "5\n", "")


def test_evaluates_a_quoted_expression(calc: Calc) -> None:
    assert calc("2 * (3 + 4) ^ 2").stdout == "98\n"
    assert calc("-5", "+", "2").stdout == "-3\n"
    assert calc("0.1 + 0.2").stdout == "0.3\n"
    assert calc("6 × 7 ÷ 2").stdout == "21\n"


def test_honours_calc_precision(calc: Calc) -> None:
    assert calc("1 / 3", env={"CALC_PRECISION": "4"}).stdout == "0.3333\n"


def test_exits_1_with_a_pointed_message_on_division_by_zero(calc: Calc) -> None:
    assert calc("4 / (2 - 2)") == Result(
        1, "", "Error: Division by zero at position 3\n  4 / (2 - 2)\n    ^\n"
    )


def test_exits_1_on_bad_input_and_unbalanced_parentheses(calc: Calc) -> None:
    bad = calc("2 + @")
    assert bad.code == 1
    assert 'Unexpected character "@" at position 5' in bad.stderr
    unbalanced = calc("(1 + 2")
    assert unbalanced.code == 1
    assert "Missing closing parenthesis" in unbalanced.stderr


def test_prints_help_and_version(calc: Calc) -> None:
    assert "Usage:" in calc("--help").stdout
    assert re.fullmatch(r"\d+\.\d+\.\d+\n", calc("--version").stdout)
    unknown = calc("--nope")
    assert unknown.code == 1
    assert unknown.stderr.startswith('Error: unknown option "--nope"')


def test_version_is_the_one_in_pyproject() -> None:
    pyproject = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"]["attr"] == "calculator.__version__"
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_repl_evaluates_every_line_and_remembers_ans(calc: Calc) -> None:
    assert calc(stdin="2 + 3\nans * 2\n\nans - 1\n") == Result(0, "5\n10\n9\n", "")


def test_repl_stops_at_exit(calc: Calc) -> None:
    assert calc(stdin="1 + 1\nexit\n3 + 3\n").stdout == "2\n"


def test_repl_keeps_going_after_an_error_keeps_ans_and_exits_1(calc: Calc) -> None:
    result = calc(stdin="6 * 7\n1 / 0\nans\n")
    assert result.stdout == "42\n42\n"
    assert "Division by zero at position 3" in result.stderr
    assert result.code == 1


def test_repl_handles_input_without_a_trailing_newline(calc: Calc) -> None:
    assert calc(stdin="3 ^ 2").stdout == "9\n"


def test_repl_prints_help(calc: Calc) -> None:
    result = calc(stdin="help\n")
    assert result.code == 0
    assert "ans (the previous result)" in result.stdout
