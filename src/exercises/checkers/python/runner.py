"""Runs one exercise's hidden unittest file against a learner's module (standard library only, or an exercise venv's packages: python-venv.ts).

    python3 -I -B -u runner.py <test.py> <learner.py> <case-timeout-seconds> <policy-json> <pycache-dir>

fd 3 is a private channel: the checker writes a secret on it first, read here before any learner
code runs. Every event is one JSON line on fd 3, prefixed with that secret and sent at once, so a
report survives a kill and a line the learner's code writes there (without the secret) is a forgery:
  {"kind": "plan", "cases": [...]}           the case names, in source order, from the test's source
                                             alone (read and parsed before the learner's file loads)
  {"kind": "start", "name": ...}              before each case (tells a hard kill where it was)
  {"kind": "case", "name", "passed", ...}     after each case: expected/actual/message on failure
  {"kind": "error", "type": ..., ...}         the learner's file could not be loaded
  {"kind": "tampered", "what": ...}           learner code replaced part of the test machinery
  {"kind": "end"}                             everything ran
report.py writes those lines. The learner's file is loaded by path as the module `learner` (so a
learner's `json.py` can never shadow the standard library: `-I` keeps their folder off sys.path),
after guard.py's audit hook is installed (see there: what the learner's code may read, write and
start). The test runs as compiled from the source read at the start: swapping the file changes nothing.
Nothing of the runner itself is ever shown as a traceback: its own failures are an "internal" error.

What this cannot do, because CPython has no isolation inside one process: the learner's code runs in
the same interpreter as this runner. Code that walks stack frames (sys._getframe().f_back...) reaches
the runner's local variables, the secret and the report writer among them, and can then write a
report of its own; objects whose __eq__ always says True, or patches to modules other than builtins,
unittest and this runner, fool assertions; on Pythons that compile `_posixsubprocess` in, `_imp`
can make a fresh copy of it that starts processes; sqlite's ATTACH opens files the hook never sees.
The secret channel, the plan taken before learner code runs, the audit hook and the tamper check stop
the one-line cheats and accidents (a wrong path wiping progress.db); the checker's verdict also never
trusts the process alone (the plan must match the cases run, the process must end normally).
"""

import ast
import builtins
import importlib
import importlib.machinery
import importlib.util
import json
import os
import signal
import sys
import traceback
import unittest

CHANNEL_FD = 3
SECRET_BYTES = 64
LEARNER_FILE = ""
MAX_REPR = 600


class CaseTimeout(BaseException):
    """Raised by the alarm; a BaseException so a learner's `except Exception` cannot swallow it."""


def clip(text):
    return text if len(text) <= MAX_REPR else text[: MAX_REPR - 1] + "…"


def learner_line(tb):
    """The deepest line of the learner's file in a traceback: where their code was."""
    found = None
    for frame, lineno in traceback.walk_tb(tb):
        if os.path.realpath(frame.f_code.co_filename) == LEARNER_FILE:
            found = lineno
    return found


def describe_exception(exc):
    """One readable line for an exception raised by the learner's code."""
    if isinstance(exc, EOFError):
        return "your code called input(), but the checks give it no keyboard input: take the value as a function parameter instead"
    if isinstance(exc, SystemExit):
        return f"your code called sys.exit({exc.code!r}): return a value (or raise an exception) instead of exiting"
    message = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    line = learner_line(exc.__traceback__)
    return f"{message} (at line {line} of your file)" if line else message


# assertEqual(actual, expected) keeps both values so the report can show them side by side.
_assert_equal = unittest.TestCase.assertEqual


def assert_equal(self, first, second, msg=None):
    try:
        _assert_equal(self, first, second, msg)
    except self.failureException as exc:
        exc.brm_values = (first, second)
        raise


unittest.TestCase.assertEqual = assert_equal


def failure_details(exc, timeout):
    if isinstance(exc, CaseTimeout):
        line = learner_line(exc.__traceback__)
        where = f" at line {line} of your file" if line else ""
        return {"message": f"stopped after {timeout:g} s{where}: is there a loop that never ends?"}
    if isinstance(exc, AssertionError):
        details = {}
        values = getattr(exc, "brm_values", None)
        if values is not None:
            details["actual"] = clip(repr(values[0]))
            details["expected"] = clip(repr(values[1]))
            # unittest's message is "actual != expected[ : msg]": keep only the test's own msg.
            text = str(exc)
            if " : " in text:
                details["message"] = clip(text.split(" : ", 1)[1])
        else:
            details["message"] = clip(str(exc) or "assertion failed")
        return details
    return {"message": clip(describe_exception(exc))}


class ReportingResult(unittest.TestResult):
    """Turns unittest's callbacks into report lines; arms the per-case alarm around each case."""

    def __init__(self, emit, names, timeout):
        super().__init__()
        self.emit = emit
        self.names = names  # id(test) -> (its case name in the plan, the test: kept alive so ids stay unique)
        self.timeout = timeout
        self.failure = None

    def name(self, test):
        entry = self.names.get(id(test))
        return entry[0] if entry else str(test)

    def startTest(self, test):
        super().startTest(test)
        self.failure = None
        self.emit(kind="start", name=self.name(test))
        signal.setitimer(signal.ITIMER_REAL, self.timeout)

    def record(self, err):
        if self.failure is None:
            self.failure = failure_details(err[1], self.timeout)

    def addFailure(self, test, err):
        self.record(err)

    def addError(self, test, err):
        if not isinstance(test, unittest.TestCase):
            # a setUpClass/setUpModule failure: unittest reports it on a placeholder, not a case
            self.emit(kind="case", name=str(test), passed=False, **failure_details(err[1], self.timeout))
            return
        self.record(err)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            self.record(err)
            params = subtest._subDescription()
            if params and "message" in self.failure and params not in self.failure["message"]:
                self.failure["message"] = f"{params}: {self.failure['message']}"
            elif params and "message" not in self.failure:
                self.failure["message"] = params

    def addSkip(self, test, reason):
        self.failure = {"message": f"skipped: {reason}"}

    def stopTest(self, test):
        signal.setitimer(signal.ITIMER_REAL, 0)
        super().stopTest(test)
        if self.failure is None:
            self.emit(kind="case", name=self.name(test), passed=True)
        else:
            self.emit(kind="case", name=self.name(test), passed=False, **self.failure)


def on_alarm(signum, frame):
    raise CaseTimeout()


def load_learner(path, timeout, emit):
    """Imports the learner's file as `learner`; returns False (after reporting why) when it cannot."""
    spec = importlib.util.spec_from_file_location("learner", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["learner"] = module
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        spec.loader.exec_module(module)
        return True
    except SyntaxError as exc:
        text = (exc.text or "").rstrip("\n")
        excerpt = ""
        if text:
            stripped = text.lstrip()
            caret = max(0, (exc.offset or 1) - 1 - (len(text) - len(stripped)))
            excerpt = f"    {stripped}\n    {' ' * caret}^"
        emit(kind="error", type="syntax", message=f"{type(exc).__name__}: {exc.msg}", line=exc.lineno, excerpt=excerpt)
    except CaseTimeout as exc:
        line = learner_line(exc.__traceback__)
        emit(kind="error", type="timeout", message=f"stopped after {timeout:g} s while loading your file", line=line)
    except BaseException as exc:  # noqa: BLE001 - anything the learner's top level raises
        emit(kind="error", type="import", message=describe_exception(exc), line=learner_line(exc.__traceback__))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return False


TEST_BASES = {"TestCase", "IsolatedAsyncioTestCase"}


def first_line(node):
    return min([node.lineno] + [d.lineno for d in node.decorator_list])


def plan_cases(tree):
    """[(class name, [(method name, case name), ...]), ...]: the test file's TestCase methods in source
    order, named by the first line of their docstring, from its source alone (unittest's own loader
    sorts by name). Only methods a class defines itself count, as unittest would run them here."""
    test_classes = set()
    found = []
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        bases = [b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else "" for b in node.bases]
        if not any(b in TEST_BASES or b in test_classes for b in bases):
            continue
        test_classes.add(node.name)
        functions = [n for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        methods = {}
        for f in functions:
            if f.name.startswith("test"):
                methods[f.name] = f  # a later def replaces an earlier one, as in the class
        cases = []
        for f in sorted(methods.values(), key=first_line):
            doc = ast.get_docstring(f, clean=False)
            title = doc.strip().splitlines()[0].strip() if doc and doc.strip() else ""
            cases.append((f.name, title or f.name))
        found.append((min((first_line(f) for f in functions), default=0), node.name, cases))
    found.sort(key=lambda item: item[0])
    return [(name, cases) for _, name, cases in found]


def build_suite(code, test_path, plan, test_case):
    """Runs the test's code, compiled at the start, and makes the planned cases of its classes."""
    module = type(sys)("brm_hidden_tests")
    module.__file__ = test_path
    exec(code, vars(module))
    suites, names = [], {}
    for class_name, cases in plan:
        cls = vars(module).get(class_name)
        if not (isinstance(cls, type) and issubclass(cls, test_case)):
            raise RuntimeError(f"{class_name} is not a unittest.TestCase")
        tests = [cls(method) for method, _ in cases]
        names.update((id(test), (name, test)) for test, (_, name) in zip(tests, cases))
        suites.append(unittest.TestSuite(tests))
    return unittest.TestSuite(suites), names


def read_secret(fd):
    if os.name == "posix":
        os.set_blocking(fd, True)
    secret = b""
    while len(secret) < SECRET_BYTES:
        chunk = os.read(fd, SECRET_BYTES - len(secret))
        if not chunk:
            raise SystemExit("backend-roadmap: the report channel closed early")
        secret += chunk
    os.set_inheritable(fd, False)
    return secret


def load_private(name, pycache):
    """One of this folder's files in a namespace of its own, with its own copy of the builtins (see
    guard.py). Its bytecode is kept under `pycache` (the CLI's cache folder): compiling costs more than
    running it. Nothing else is cached: the runner runs with -B."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    if pycache:
        sys.pycache_prefix, sys.dont_write_bytecode = pycache, False
    try:
        code = importlib.machinery.SourceFileLoader(name, path).get_code(name)
    finally:
        sys.pycache_prefix, sys.dont_write_bytecode = None, True
    namespace = {"__builtins__": dict(vars(builtins)), "__name__": f"brm_{name[:-3]}"}
    exec(code, namespace)
    return namespace


def main():
    global LEARNER_FILE
    test_path, learner_path, timeout_text, policy_text, pycache = sys.argv[1:6]
    sys.argv[:] = [learner_path]  # the learner's code has no business with the checker's arguments
    timeout = float(timeout_text)
    LEARNER_FILE = os.path.realpath(learner_path)
    # Everything the verdict rests on is taken before the learner's code runs.
    with open(test_path, "rb") as f:
        source = f.read()
    tree = ast.parse(source, test_path)
    plan = plan_cases(tree)
    code = compile(tree, test_path, "exec", dont_inherit=True)
    if b"IsolatedAsyncioTestCase" in source:
        importlib.import_module("unittest.async_case")  # so that it is sealed with the rest of unittest
    emit, seal = load_private("report.py", pycache)["channel"](read_secret(CHANNEL_FD), CHANNEL_FD)
    try:
        emit(kind="plan", cases=[name for _, cases in plan for _, name in cases])
        machinery = [builtins, sys.modules["__main__"]] + [m for n, m in sys.modules.items() if n == "unittest" or n.startswith("unittest.")]
        hook = load_private("guard.py", pycache)["guard"](json.loads(policy_text), machinery)
        seal(machinery)
        test_case = unittest.TestCase
        signal.signal(signal.SIGALRM, on_alarm)
        sys.addaudithook(hook)
        if not load_learner(learner_path, timeout, emit):
            return
        suite, names = build_suite(code, test_path, plan, test_case)
        suite.run(ReportingResult(emit, names, timeout))
        emit(kind="end")
    except BaseException as exc:  # noqa: BLE001 - the runner must never print its own traceback
        try:
            emit(kind="error", type="internal", message=f"{type(exc).__name__}: {exc}")
        except OSError:  # the channel itself is gone: the checker sees no end
            pass


if __name__ == "__main__":
    main()
