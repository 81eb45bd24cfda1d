import pytest

from user_cli.errors import ValidationError
from user_cli.store import CREATE_RULES
from user_cli.validation import check_email, check_id, check_role, validate, validate_fields


def test_accepts_a_valid_user_trims_it_lowercases_the_email_and_defaults_the_role() -> None:
    data = {"name": "  Ada ", "email": " Ada@Example.COM "}
    assert validate_fields(CREATE_RULES, data, "user") == {
        "name": "Ada",
        "email": "ada@example.com",
        "role": "viewer",
    }


@pytest.mark.parametrize("email", ["not-an-email", "a@", "@b.com", "a b@c.com", ""])
def test_rejects_the_email(email: str) -> None:
    with pytest.raises(ValidationError):
        validate(check_email, email, "email")


def test_explains_a_single_problem_in_one_sentence() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_fields(CREATE_RULES, {"name": " ", "email": "a@b.co"}, "user")
    assert (caught.value.message, caught.value.details) == ("Name must not be empty", [])

    with pytest.raises(ValidationError, match=r"^Email must be a valid email address like"):
        validate_fields(CREATE_RULES, {"name": "A", "email": "nope"}, "user")
    with pytest.raises(ValidationError, match=r"^Role must be one of admin, editor, viewer$"):
        validate(check_role, "owner", "role")


def test_lists_every_problem_when_there_are_several() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_fields(CREATE_RULES, {"email": "x", "role": "root"}, "user")
    assert caught.value.message == "Invalid user"
    assert caught.value.details == [
        "name is required",
        "email must be a valid email address like name@example.com",
        "role must be one of admin, editor, viewer",
    ]


def test_limits_lengths() -> None:
    with pytest.raises(ValidationError, match=r"^Name must be at most 100 characters$"):
        validate_fields(CREATE_RULES, {"name": "x" * 101, "email": "a@b.co"}, "user")
    with pytest.raises(ValidationError, match=r"^Email must be at most 254 characters$"):
        validate(check_email, f"{'a' * 250}@b.co", "email")


def test_parses_ids_strictly() -> None:
    assert validate(check_id, "42", "user id") == 42
    assert validate(check_id, " 7 ", "user id") == 7
    for bad in ["0", "-1", "1.5", "abc", "07", "1e3", ""]:
        with pytest.raises(ValidationError, match=r"^User id must be a positive whole number$"):
            validate(check_id, bad, "user id")
    with pytest.raises(ValidationError, match=r"^User id is too large$"):
        validate(check_id, "9" * 20, "user id")
