# WRONG: unknown keys are silently ignored instead of refused (pydantic's default extra="ignore"): no 422 for is_admin.
# Week 10 — input validation at the edge, with pydantic's error shape.
import re
from dataclasses import dataclass

FIELDS = ("email", "password", "name")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
BCRYPT_MAX_BYTES = 72  # bcrypt only reads 72 bytes; bcrypt 5 refuses longer passwords


@dataclass(frozen=True)
class RegisterIn:
    email: str
    password: str
    name: str


class RegisterValidationError(ValueError):
    """Raised with every problem found; .errors() returns them like pydantic's ValidationError."""

    def __init__(self, errors: list[dict]) -> None:
        super().__init__(f"{len(errors)} validation error(s)")
        self._errors = errors

    def errors(self) -> list[dict]:
        return list(self._errors)


def _error(type_: str, loc: tuple, msg: str) -> dict:
    return {"type": type_, "loc": loc, "msg": msg}


def parse_register(body: object) -> RegisterIn:
    """The cleaned sign-up data, or RegisterValidationError listing every problem.

    >>> parse_register({"email": " Ada@Example.com ", "password": "lovelace1815", "name": " Ada "})
    RegisterIn(email='ada@example.com', password='lovelace1815', name='Ada')
    """
    if not isinstance(body, dict):
        raise RegisterValidationError([_error("model_type", (), "Input should be a valid dictionary")])

    errors: list[dict] = []

    def field(name: str) -> str | None:
        """The raw string value, or None after recording why there is none."""
        if name not in body:
            errors.append(_error("missing", (name,), "Field required"))
            return None
        value = body[name]
        if not isinstance(value, str):
            errors.append(_error("string_type", (name,), "Input should be a valid string"))
            return None
        return value

    email = field("email")
    if email is not None:
        email = email.strip().lower()  # normalise first, so " Ada@X.com " is stored once
        if not EMAIL.fullmatch(email):
            errors.append(_error("value_error", ("email",), "value is not a valid email address"))

    password = field("password")  # never stripped: spaces are part of a password
    if password is not None:
        if len(password) < 8:
            errors.append(_error("string_too_short", ("password",), "String should have at least 8 characters"))
        elif len(password.encode("utf-8")) > BCRYPT_MAX_BYTES:
            errors.append(_error("string_too_long", ("password",), "String should have at most 72 bytes in UTF-8"))
        if not any(c.isalpha() for c in password):
            errors.append(_error("value_error", ("password",), "must contain a letter"))
        if not any(c.isdigit() for c in password):
            errors.append(_error("value_error", ("password",), "must contain a digit"))

    name = field("name")
    if name is not None:
        name = name.strip()
        if len(name) < 1:
            errors.append(_error("string_too_short", ("name",), "String should have at least 1 character"))
        elif len(name) > 50:
            errors.append(_error("string_too_long", ("name",), "String should have at most 50 characters"))

    # RegisterIn only has three fields, so extra keys are dropped anyway

    if errors:
        raise RegisterValidationError(errors)
    return RegisterIn(email=email, password=password, name=name)


def validation_response(exc: RegisterValidationError) -> tuple[int, dict]:
    """What FastAPI answers for a body that fails validation.

    >>> validation_response(RegisterValidationError([{"type": "missing", "loc": ("name",), "msg": "Field required"}]))
    (422, {'detail': [{'type': 'missing', 'loc': ['body', 'name'], 'msg': 'Field required'}]})
    """
    return 422, {"detail": [{**e, "loc": ["body", *e["loc"]]} for e in exc.errors()]}
