"""Tokens -> syntax tree, by recursive descent. One method per precedence level, lowest first:

    expression := term (("+" | "-") term)*
    term       := unary (("*" | "/" | "%") unary)*
    unary      := ("-" | "+") unary | power
    power      := primary ("^" unary)?          right-associative: 2^3^2 = 2^(3^2)
    primary    := NUMBER | NAME | "(" expression ")"

Because unary sits above power, -2^2 = -(2^2) = -4 (the usual maths convention),
while 2^-1 = 0.5 still works because the exponent is parsed as a unary.
"""

# @starter-replace: (stage one-shot-arithmetic) a recursive-descent parser: one method per level above
from typing import assert_never

from calculator.errors import CalcError, ErrorCode, at
from calculator.nodes import Binary, Name, Node, Number, Unary
from calculator.tokenizer import Token, TokenType, tokenize


def parse(text: str) -> Node:
    return parse_tokens(tokenize(text))


def parse_tokens(tokens: list[Token]) -> Node:
    return _Parser(tokens).program()


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self._tokens = tokens
        self._index = 0
        # Positions of the "(" we are currently inside, innermost last.
        self._open_parens: list[int] = []

    def program(self) -> Node:
        if self._peek().type is TokenType.EOF:
            raise CalcError(ErrorCode.EMPTY_EXPRESSION, "Empty expression", 0)
        node = self._expression()
        following = self._peek()
        if following.type is TokenType.RPAREN:
            raise _unmatched_close(following)
        if following.type is not TokenType.EOF:
            raise _unexpected(following)
        return node

    def _expression(self) -> Node:
        left = self._term()
        while self._at_operator("+", "-"):
            token = self._advance()
            left = Binary(str(token.value), left, self._term(), token.position)
        return left

    def _term(self) -> Node:
        left = self._unary()
        while self._at_operator("*", "/", "%"):
            token = self._advance()
            left = Binary(str(token.value), left, self._unary(), token.position)
        return left

    def _unary(self) -> Node:
        if self._at_operator("-", "+"):
            token = self._advance()
            return Unary(str(token.value), self._unary(), token.position)
        return self._power()

    def _power(self) -> Node:
        base = self._primary()
        if self._at_operator("^"):
            token = self._advance()
            # Recursing into unary (which reaches power again) makes ^ right-associative.
            return Binary("^", base, self._unary(), token.position)
        return base

    def _primary(self) -> Node:
        token = self._advance()
        match token.type:
            case TokenType.NUMBER:
                assert isinstance(token.value, float)
                return Number(token.value, token.position)
            case TokenType.IDENTIFIER:
                return Name(str(token.value), token.position)
            case TokenType.LPAREN:
                return self._group(token)
            case TokenType.RPAREN:
                if not self._open_parens:
                    raise _unmatched_close(token)
                raise CalcError(
                    ErrorCode.UNEXPECTED_TOKEN,
                    f'Expected a number or "(" but found ")" {at(token.position)}',
                    token.position,
                )
            case TokenType.EOF:
                if self._open_parens:
                    raise _missing_close(self._open_parens[-1])
                raise CalcError(
                    ErrorCode.UNEXPECTED_END,
                    f"Unexpected end of input {at(token.position)}: expected a number",
                    token.position,
                )
            case TokenType.OPERATOR:
                raise CalcError(
                    ErrorCode.UNEXPECTED_TOKEN,
                    f'Expected a number but found operator "{token.text}" {at(token.position)}',
                    token.position,
                )
            case _:
                assert_never(token.type)

    def _group(self, opening: Token) -> Node:
        self._open_parens.append(opening.position)
        inner = self._expression()
        closing = self._peek()
        if closing.type is TokenType.EOF:
            raise _missing_close(opening.position)
        if closing.type is not TokenType.RPAREN:
            raise _unexpected(closing)
        self._advance()
        self._open_parens.pop()
        return inner

    def _at_operator(self, *operators: str) -> bool:
        token = self._peek()
        return token.type is TokenType.OPERATOR and token.value in operators

    def _peek(self) -> Token:
        return self._tokens[min(self._index, len(self._tokens) - 1)]

    def _advance(self) -> Token:
        token = self._peek()
        if token.type is not TokenType.EOF:
            self._index += 1
        return token


def _unexpected(token: Token) -> CalcError:
    what = f'number "{token.text}"' if token.type is TokenType.NUMBER else f'"{token.text}"'
    return CalcError(
        ErrorCode.UNEXPECTED_TOKEN,
        f"Unexpected {what} {at(token.position)}: expected an operator",
        token.position,
    )


def _unmatched_close(token: Token) -> CalcError:
    return CalcError(
        ErrorCode.UNMATCHED_CLOSING_PAREN,
        f"Unmatched closing parenthesis {at(token.position)}",
        token.position,
    )


def _missing_close(position: int) -> CalcError:
    return CalcError(
        ErrorCode.MISSING_CLOSING_PAREN,
        f'Missing closing parenthesis for "(" {at(position)}',
        position,
    )
# @starter-else
# from calculator.errors import CalcError, ErrorCode
# from calculator.nodes import Node
# from calculator.tokenizer import Token, tokenize
#
#
# def parse(text: str) -> Node:
#     return parse_tokens(tokenize(text))  # the tokenizer is done: start from its tokens
#
#
# def parse_tokens(tokens: list[Token]) -> Node:
#     kinds = " ".join(token.type.name.lower() for token in tokens)
#     raise CalcError(
#         ErrorCode.NOT_IMPLEMENTED,
#         f"TODO (stage one-shot-arithmetic): parse the tokens ({kinds}) into a tree "
#         "(calculator/nodes.py)",
#         tokens[0].position if tokens else None,
#     )
# @starter-end
