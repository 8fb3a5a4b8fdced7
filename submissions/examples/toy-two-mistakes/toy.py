import numpy as np


def toy_network_gradients(X, t, W1, b1, w2, b2):
    # forward pass
    U = X @ W1 + b1
    Z = np.maximum(0, U)
    y = Z @ w2 + b2

    # backward pass, L = 1/2 sum (y - t)^2
    dy = y - t
    dw2 = Z.T @ dy
    db2 = dy.sum()
    dZ = np.outer(dy, w2)
    dU = dZ                      # relu passes the gradient through
    dW1 = dU.T @ X               # (3, 2): one row per hidden unit
    db1 = dU.sum(axis=0)
    return {"W1": dW1, "b1": db1, "w2": dw2, "b2": db2}
