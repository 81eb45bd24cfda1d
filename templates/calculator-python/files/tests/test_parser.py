import pytest

from calculator.errors import CalcError, ErrorCode
from calculator.nodes import Binary, Name, Node, Number, Unary
from calculator.parser import parse


def show(node: Node) -> str:
    """A tree in fully parenthesised prefix form, which makes precedence easy to assert."""
    match node:
        case Number(value=value):
            return f"{value:g}"
        case Name(name=name):
            return name
        case Unary(operator=operator, operand=operand):
            return f"({operator} {show(operand)})"
        case Binary(operator=operator, left=left, right=right):
            return f"({operator} {show(left)} {show(right)})"
    raise AssertionError(node)


def error_of(text: str) -> CalcError:
    with pytest.raises(CalcError) as caught:
        parse(text)
    return caught.value


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),  # * / % before + -
        ("1 - 6 / 3 % 2", "(- 1 (% (/ 6 3) 2))"),
        ("8 - 3 - 2", "(- (- 8 3) 2)"),  # left-associative
        ("8 / 4 / 2", "(/ (/ 8 4) 2)"),
        ("2 ^ 3 ^ 2", "(^ 2 (^ 3 2))"),  # right-associative
        ("-2 ^ 2", "(- (^ 2 2))"),  # ^ binds tighter than unary minus
        ("2 ^ -1", "(^ 2 (- 1))"),
        ("2 * (3 + 4) ^ 2", "(* 2 (^ (+ 3 4) 2))"),
        ("((1))", "1"),
        ("--3", "(- (- 3))"),
        ("+-3", "(+ (- 3))"),
    ],
)
def test_builds_the_tree_by_precedence_and_associativity(text: str, tree: str) -> None:
    assert show(parse(text)) == tree


def test_reports_a_missing_closing_parenthesis_at_the_opening_one() -> None:
    error = error_of("2 * (3 + (4 - 1)")
    assert error.code is ErrorCode.MISSING_CLOSING_PAREN
    assert error.message == 'Missing closing parenthesis for "(" at position 5'


def test_reports_an_unmatched_closing_parenthesis() -> None:
    error = error_of("(1 + 2))")
    assert error.code is ErrorCode.UNMATCHED_CLOSING_PAREN
    assert error.position == 7
    assert error_of(")").code is ErrorCode.UNMATCHED_CLOSING_PAREN


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("()", 'Expected a number or "(" but found ")" at position 2'),
        ("2 +", "Unexpected end of input at position 4: expected a number"),
        ("2 * * 3", 'Expected a number but found operator "*" at position 5'),
        ("2 3", 'Unexpected number "3" at position 3: expected an operator'),
    ],
)
def test_reports_empty_parentheses_dangling_and_missing_operators(text: str, message: str) -> None:
    assert error_of(text).message == message


def test_rejects_an_empty_expression() -> None:
    assert error_of("   ").code is ErrorCode.EMPTY_EXPRESSION
