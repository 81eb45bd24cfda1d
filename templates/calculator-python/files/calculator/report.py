"""Error -> text for the terminal, with a caret under the offending character:

Error: Division by zero at position 3
  2 / 0
    ^
"""

from calculator.errors import CalcError


def format_error(text: str, error: BaseException) -> str:
    if not isinstance(error, CalcError):
        return f"Error: {error}\n"
    report = f"Error: {error.message}\n"
    if error.position is not None and text and "\n" not in text:
        report += f"  {text}\n  {' ' * error.position}^\n"
    return report
