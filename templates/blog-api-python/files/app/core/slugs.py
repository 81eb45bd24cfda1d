import re
import unicodedata

_COMBINING_MARKS = re.compile(r"[\u0300-\u036f]")
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Turns "Node.js & Express!" into "node-js-express" (and "Café" into "cafe")."""
    plain = _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text))
    return _NOT_ALPHANUMERIC.sub("-", plain.lower()).strip("-")
