# Week 7 — Match resource URLs to routes (WRONG: literal text pasted into the regex unescaped, so "." matches any character)
import re
from functools import lru_cache
from urllib.parse import unquote

# "{user_id}" or "{user_id:int}"; re.split keeps the two groups between the literal pieces.
PARAMETER = re.compile(r"\{(\w+)(?::(int))?\}")
CONVERTER_REGEX = {None: "[^/]+", "int": "[0-9]+"}  # [0-9], not \d: \d also matches "٤"


@lru_cache(maxsize=256)
def compile_pattern(pattern: str) -> tuple[re.Pattern[str], frozenset[str]]:
    pieces = PARAMETER.split(normalise(pattern))
    regex, int_params = [], set()
    # pieces = [literal, name, converter, literal, name, converter, ..., literal]
    for index in range(0, len(pieces), 3):
        regex.append(pieces[index])  # "." in "/v1.0" is a dot, not "any character"
        if index + 1 < len(pieces):
            name, converter = pieces[index + 1], pieces[index + 2]
            regex.append(f"(?P<{name}>{CONVERTER_REGEX[converter]})")
            if converter == "int":
                int_params.add(name)
    return re.compile("".join(regex)), frozenset(int_params)


def normalise(path: str) -> str:
    """Drop the query string and one trailing slash: "/users/42/?x=1" -> "/users/42"."""
    path = path.partition("?")[0]
    return path[:-1] if len(path) > 1 and path.endswith("/") else path


def match_route(pattern: str, path: str) -> dict[str, str | int] | None:
    regex, int_params = compile_pattern(pattern)
    found = regex.fullmatch(normalise(path))
    if found is None:
        return None
    # Decode after matching, so an encoded "%2F" stays inside its segment.
    return {
        name: int(value) if name in int_params else unquote(value)
        for name, value in found.groupdict().items()
    }


def find_route(routes: list[dict], method: str, path: str) -> dict:
    allowed: set[str] = set()
    for route in routes:
        params = match_route(route["pattern"], path)
        if params is None:
            continue
        if route["method"] == method:
            return {"status": 200, "route": route, "params": params}
        allowed.add(route["method"])
    # The resource exists but not with this method: 405 tells the client what would work.
    if allowed:
        return {"status": 405, "allow": sorted(allowed)}
    return {"status": 404}
