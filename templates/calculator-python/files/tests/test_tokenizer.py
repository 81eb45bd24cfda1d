import pytest

from calculator.errors import CalcError, ErrorCode
from calculator.tokenizer import TokenType, tokenize


def kinds(text: str) -> list[tuple[str, object]]:
    """The tokens as (type, value-or-text) pairs, without the final EOF."""
    return [
        (token.type.name.lower(), token.text if token.value is None else token.value)
        for token in tokenize(text)
        if token.type is not TokenType.EOF
    ]


def test_splits_numbers_operators_and_parentheses_ignoring_whitespace() -> None:
    assert kinds(" 2 * (3+4) ^ 2 ") == [
        ("number", 2),
        ("operator", "*"),
        ("lparen", "("),
        ("number", 3),
        ("operator", "+"),
        ("number", 4),
        ("rparen", ")"),
        ("operator", "^"),
        ("number", 2),
    ]


def test_reads_decimals_with_a_leading_or_trailing_dot() -> None:
    assert kinds("3.25 .5 2.") == [("number", 3.25), ("number", 0.5), ("number", 2)]


def test_maps_operator_aliases_to_the_same_operator() -> None:
    values = [value for _, value in kinds("2x3 × 4 ÷ 5 − 1 · 2")]
    assert values == [2, "*", 3, "*", 4, "/", 5, "-", 1, "*", 2]


def test_reads_names_in_lower_case() -> None:
    assert kinds("ANS + pi") == [("identifier", "ans"), ("operator", "+"), ("identifier", "pi")]


def test_records_every_position_and_ends_with_eof() -> None:
    tokens = tokenize("12 + 3")
    assert [token.position for token in tokens] == [0, 3, 5, 6]
    assert tokens[-1].type is TokenType.EOF


def test_rejects_an_unknown_character_with_its_position() -> None:
    with pytest.raises(CalcError, match=r'Unexpected character "\$" at position 5') as caught:
        tokenize("2 + $")
    assert caught.value.position == 4
    assert caught.value.code is ErrorCode.UNEXPECTED_CHARACTER


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1.2.3", 'Invalid number "1.2.3" at position 1'),
        ("4 + .", 'Invalid number "." at position 5'),
    ],
)
def test_rejects_malformed_numbers(text: str, message: str) -> None:
    with pytest.raises(CalcError) as caught:
        tokenize(text)
    assert caught.value.message == message
