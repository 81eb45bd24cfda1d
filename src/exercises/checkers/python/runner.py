"""Runs one exercise's hidden unittest file against a learner's module, standard library only.

    python3 -I -B -u runner.py <test.py> <learner.py> <report.jsonl> <case-timeout-seconds>

The learner's file is loaded by path as the module `learner` (so a learner's `json.py` can never
shadow the standard library: `-I` keeps their folder off sys.path). Every event is one JSON line
appended to the report and flushed at once, so a report survives a kill:
  {"kind": "plan", "cases": [...]}           the case names, in source order
  {"kind": "start", "name": ...}              before each case (tells a hard kill where it was)
  {"kind": "case", "name", "passed", ...}     after each case: expected/actual/message on failure
  {"kind": "error", "type": ..., ...}         the learner's file could not be loaded
  {"kind": "end"}                             everything ran
Nothing of the runner itself is ever shown as a traceback: its own failures are an "internal" error.
"""

import importlib.util
import json
import os
import signal
import sys
import traceback
import unittest

REPORT = None
LEARNER_FILE = ""
MAX_REPR = 600


class CaseTimeout(BaseException):
    """Raised by the alarm; a BaseException so a learner's `except Exception` cannot swallow it."""


def emit(**event):
    REPORT.write(json.dumps(event, ensure_ascii=False) + "\n")
    REPORT.flush()


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

    def __init__(self, timeout):
        super().__init__()
        self.timeout = timeout
        self.failure = None

    def startTest(self, test):
        super().startTest(test)
        self.failure = None
        emit(kind="start", name=case_name(test))
        signal.setitimer(signal.ITIMER_REAL, self.timeout)

    def record(self, err):
        if self.failure is None:
            self.failure = failure_details(err[1], self.timeout)

    def addFailure(self, test, err):
        self.record(err)

    def addError(self, test, err):
        if not isinstance(test, unittest.TestCase):
            # a setUpClass/setUpModule failure: unittest reports it on a placeholder, not a case
            emit(kind="case", name=str(test), passed=False, **failure_details(err[1], self.timeout))
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
            emit(kind="case", name=case_name(test), passed=True)
        else:
            emit(kind="case", name=case_name(test), passed=False, **self.failure)


def case_name(test):
    doc = getattr(test, "_testMethodDoc", None)
    first = doc.strip().splitlines()[0].strip() if doc and doc.strip() else ""
    return first or getattr(test, "_testMethodName", str(test))


def on_alarm(signum, frame):
    raise CaseTimeout()


def load_learner(path, timeout):
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


def load_tests(test_path):
    """The test file's TestCase methods in source order (unittest's own loader sorts by name)."""
    spec = importlib.util.spec_from_file_location("brm_hidden_tests", test_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    classes = [
        value
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, unittest.TestCase) and value.__module__ == module.__name__
    ]
    classes.sort(key=lambda cls: min((f.__code__.co_firstlineno for f in vars(cls).values() if hasattr(f, "__code__")), default=0))
    suites = []
    for cls in classes:
        methods = [(name, f) for name, f in vars(cls).items() if name.startswith("test") and callable(f)]
        methods.sort(key=lambda item: item[1].__code__.co_firstlineno)
        suites.append(unittest.TestSuite(cls(name) for name, _ in methods))
    return unittest.TestSuite(suites)


def main():
    global REPORT, LEARNER_FILE
    test_path, learner_path, report_path, timeout_text = sys.argv[1:5]
    sys.argv[:] = [learner_path]  # the learner's code has no business with the report's path
    timeout = float(timeout_text)
    REPORT = open(report_path, "a", encoding="utf-8")
    LEARNER_FILE = os.path.realpath(learner_path)
    signal.signal(signal.SIGALRM, on_alarm)
    try:
        if not load_learner(learner_path, timeout):
            return
        suite = load_tests(test_path)
        emit(kind="plan", cases=[case_name(test) for cls_suite in suite for test in cls_suite])
        suite.run(ReportingResult(timeout))
        emit(kind="end")
    except BaseException as exc:  # noqa: BLE001 - the runner must never print its own traceback
        emit(kind="error", type="internal", message=f"{type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
