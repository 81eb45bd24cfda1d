# Week 10 — input validation at the edge, with pydantic's error shape.
# Implement parse_register and validation_response; keep RegisterIn and RegisterValidationError.
from dataclasses import dataclass


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


def parse_register(body: object) -> RegisterIn:
    """The cleaned sign-up data, or RegisterValidationError listing every problem."""
    # Trusts the client completely: no checks, and extra keys are silently accepted.
    return RegisterIn(email=body["email"], password=body["password"], name=body["name"])


def validation_response(exc: RegisterValidationError) -> tuple[int, dict]:
    """(status, JSON body) as FastAPI would answer: 422 and {"detail": [...]} with loc ["body", field]."""
    return 400, {"error": str(exc)}
