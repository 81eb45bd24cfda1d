from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.db import insert_for
from app.core.errors import conflict, unauthorized
from app.core.security import Role, burn_time, hash_password, verify_password
from app.models import User
from app.schemas.auth import LoginBody, RegisterBody, UserOut
from app.schemas.common import iso_required


def user_out(user: User) -> UserOut:
    """What the API shows; never the password hash."""
    return UserOut(
        id=user.id, email=user.email, name=user.name, role=user.role, created_at=iso_required(user.created_at)
    )


class UserService:
    def __init__(self, db: Session, bcrypt_cost: int) -> None:
        self.db = db
        self.bcrypt_cost = bcrypt_cost

    def create(self, body: RegisterBody, role: Role) -> UserOut:
        """Creates a user; the public sign-up route always passes role 'customer'."""
        password_hash = hash_password(body.password, self.bcrypt_cost)
        # ON CONFLICT DO NOTHING: a taken e-mail returns no row instead of an error
        # (two sign-ups racing for one address cannot both win).
        statement = (
            insert_for(self.db, User)
            .values(email=body.email, name=body.name, password_hash=password_hash, role=role)
            .on_conflict_do_nothing(index_elements=["email"])
            .returning(User.id)
        )
        with self.db.begin():
            new_id = self.db.scalar(statement)
            if new_id is None:
                raise conflict("EMAIL_TAKEN", "An account with this e-mail already exists")
            user = self.db.execute(select(User).where(User.id == new_id)).scalar_one()
            return user_out(user)

    def authenticate(self, body: LoginBody) -> UserOut:
        """Same error for an unknown e-mail and a wrong password: do not reveal which accounts exist."""
        wrong = unauthorized("INVALID_CREDENTIALS", "E-mail or password is wrong")
        with self.db.begin():
            user = self.db.scalar(select(User).where(User.email == body.email))
        if user is None:
            burn_time(body.password)
            raise wrong
        if not verify_password(body.password, user.password_hash):
            raise wrong
        return user_out(user)

    def find(self, user_id: int) -> UserOut | None:
        with self.db.begin():
            user = self.db.get(User, user_id)
            return user_out(user) if user else None
