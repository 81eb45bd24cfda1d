"""A command-line calculator: tokenizer -> recursive-descent parser -> evaluator."""

from calculator.calculate import calculate
from calculator.errors import CalcError
from calculator.formatting import format_number

__version__ = "0.1.0"

__all__ = ["CalcError", "__version__", "calculate", "format_number"]
