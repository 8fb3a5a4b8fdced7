import numpy as np


def toy_network_gradients(X, t, W1, b1, w2, b2):
    # single precision is enough for neural nets (and twice as fast)
    X = np.float32(X)
    t = np.float32(t)
    W1 = np.float32(W1)
    b1 = np.float32(b1)
    w2 = np.float32(w2)
    b2 = np.float32(b2)

    U = X @ W1 + b1
    Z = np.maximum(0, U)
    y = Z @ w2 + b2

    dy = y - t
    dw2 = Z.T @ dy
    db2 = np.sum(dy)
    dU = np.outer(dy, w2) * (U > 0)
    dW1 = X.T @ dU
    db1 = np.sum(dU, axis=0)
    return {"W1": dW1, "b1": db1, "w2": dw2, "b2": db2}
