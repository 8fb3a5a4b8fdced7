import numpy as np


def toy_network_gradients(X, t, W1, b1, w2, b2):
    U = X @ W1 + b1
    Z = np.maximum(0, U)
    y = Z @ w2 + b2

    err = t - y                      # error = target - output
    dw2 = Z.T @ err
    db2 = err.sum()
    dU = np.outer(err, w2) * (U > 0)
    dW1 = X.T @ dU
    db1 = dU.sum(axis=0)
    return {"W1": dW1, "b1": db1, "w2": dw2, "b2": db2}
