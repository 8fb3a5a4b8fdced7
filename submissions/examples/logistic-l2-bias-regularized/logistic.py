import numpy as np


def sigmoid(z):
    # stable for large |z|
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1 / (1 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1 + ez)
    return out


def logistic_l2_grads(X, y, w, w0, lam):
    n = len(y)
    p = sigmoid(X @ w + w0)
    err = p - y
    dw = X.T @ err / n + 2 * lam * w
    dw0 = err.mean() + 2 * lam * w0
    return dw, dw0
