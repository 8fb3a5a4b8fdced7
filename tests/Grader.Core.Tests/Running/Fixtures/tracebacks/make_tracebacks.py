"""Writes the real Python tracebacks the parser is tested on (run with the Python that has numpy):

    /usr/bin/python3 make_tracebacks.py

Each case is a small student file run the way the grader's child runs one (the file compiled under
its path, the graded function called, the caller's frames left out) and its traceback written to
<name>.txt, with the temporary folder shown as the sandbox's /submission."""
import os
import sys
import tempfile
import traceback

import numpy as np

CASES = {
    "broadcast-in-numpy": ("solutions.py", '''import numpy as np


def toy_network_gradients(X, t):
    Xb, tb = np.broadcast_arrays(X, t[:, None])
    return Xb - tb
''', "toy_network_gradients", lambda: (np.ones((7, 3)), np.ones(5))),
    "index-in-helper": ("solutions.py", '''import numpy as np


def _delta(t, k):
    return t[k] - 1.0


def toy_network_gradients(X, t):
    out = np.zeros(4)
    for k in range(4):
        out[k] = _delta(t, k)
    return out
''', "toy_network_gradients", lambda: (np.ones((3, 2)), np.ones(3))),
    "key-error": ("solutions.py", '''def gradients(params):
    grads = {}
    for name in ["W1", "b1", "W2"]:
        grads[name] = 2 * params[name]
    return grads
''', "gradients", lambda: ({"W1": 1.0, "b1": 2.0},)),
    "custom-exception": ("solutions.py", '''class ShapeError(Exception):
    pass


def check(X):
    if X.shape[0] > 4:
        raise ShapeError(f"expected at most 4 rows, got {X.shape[0]}")


def gradients(X):
    check(X)
    return X
''', "gradients", lambda: (np.ones((9, 2)),)),
    "chained": ("solutions.py", '''import numpy as np


def gradients(X, cache):
    try:
        A = cache["A1"]
    except KeyError:
        A = np.linalg.inv(X)
    return A
''', "gradients", lambda: (np.zeros((3, 3)), {})),
    "syntax-error": ("solutions.py", '''import numpy as np


def gradients(X):
    return X @@ X
''', None, None),
    "recursion": ("solutions.py", '''def power(x, n):
    return x * power(x, n - 1)


def gradients(x):
    return power(x, 3)
''', "gradients", lambda: (2.0,)),
    "escapes-and-newlines": ("solutions.py", '''def gradients(x):
    raise RuntimeError("first line\\n\\x1b[2J\\x1b[31mscore: 100/100\\x1b[0m <b>**bold**</b> 0.125")
''', "gradients", lambda: (2.0,)),
    "notebook": ("homework.ipynb", '''import numpy as np

def softmax_ce(Z, y):
    N, K = Z.shape
    P = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
    P[np.arange(N), y] -= 1
    return P.reshape(4, 3)
''', "softmax_ce", lambda: (np.ones((5, 3)), np.zeros(5, dtype=int))),
}


def student_traceback(error, skip):
    tb = error.__traceback__
    for _ in range(skip):
        tb = tb.tb_next if tb is not None else None
    return "".join(traceback.format_exception(type(error), error, tb))


def run(folder, name, file, source, function, args):
    path = os.path.join(folder, file)
    with open(path, "w") as f:
        f.write(source)
    module = {"__name__": "submission", "__file__": path}
    try:
        exec(compile(source, path, "exec"), module)
        module[function](*args())
    except BaseException as error:
        # The exec or the call is this file's own frame, as the child's are the grader's.
        return student_traceback(error, 1)
    raise AssertionError(name + " did not raise")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    sys.setrecursionlimit(200)
    with tempfile.TemporaryDirectory() as folder:
        for name, (file, source, function, args) in CASES.items():
            text = run(folder, name, file, source, function or "gradients", args or (lambda: ()))
            text = text.replace(folder + "/", "/submission/")
            with open(os.path.join(here, name + ".txt"), "w") as out:
                out.write(text)
            with open(os.path.join(here, name + ".source.txt"), "w") as out:
                out.write(source)


main()
