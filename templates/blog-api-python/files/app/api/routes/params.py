from typing import Annotated

from fastapi import Path

# Route ids like /posts/{id}: a positive 32-bit integer, else 422 (not a database error).
IdParam = Annotated[int, Path(gt=0, le=2_147_483_647)]
