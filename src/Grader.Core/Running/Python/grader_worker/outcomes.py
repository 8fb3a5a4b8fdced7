"""The outcome of a call, named as the grader's CaseOutcome is (camelCase). Workers report a kind
and the numbers behind it; the grader writes every sentence (RunMessages)."""

RETURNED = "returned"
BAD_RETURN = "badReturn"
EXCEPTION = "exception"
MEMORY = "memoryLimit"
PROCESSES = "processLimit"
TIMEOUT = "timeout"
OUTPUT = "outputLimit"
CRASHED = "crashed"

# Outcomes after which a child may serve another problem (the others: a fresh child).
ORDINARY = (RETURNED, BAD_RETURN, EXCEPTION)
# Outcomes that stop the problem: its remaining calls are not run.
STOPPING = (TIMEOUT, OUTPUT, CRASHED)


def failure(outcome, reason, during, captured=b"", **numbers):
    """A result the zygote writes itself: a limit it enforced or a child that died. `during` is the
    phase ("start", "import", "call") the grader names in its sentence."""
    report = {"op": "result", "outcome": outcome, "reason": reason, "during": during,
              "stdout": bytes(captured).decode("utf-8", "replace")}
    report.update(numbers)
    return report
