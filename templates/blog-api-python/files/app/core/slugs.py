import re
import unicodedata

_COMBINING_MARKS = re.compile(r"[\u0300-\u036f]")
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """"Node.js & Express!" -> "node-js-express"; "Café" -> "cafe"."""
    plain = _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text))
    return _NOT_ALPHANUMERIC.sub("-", plain.lower()).strip("-")
