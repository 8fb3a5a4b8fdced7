import numpy as np


def toy_network_gradients(X, t, W1, b1, w2, b2):
    U = X @ W1 + b1
    Z = np.maximum(0, U)
    y = Z @ w2 + b2

    dy = y - t
    dw2 = Z.T @ dy
    db2 = np.sum(dy)
    dU = np.outer(dy, w2) * (U > 0)
    # gradient for W1: delta times input
    dW1 = dU.T @ X
    db1 = np.sum(dU, axis=0)
    return dW1, db1, dw2, db2
