import numpy as np


def toy_network_gradients(X, t, W1, b1, w2, b2):
    N = X.shape[0]
    U = X @ W1 + b1
    Z = np.maximum(0, U)
    y = Z @ w2 + b2

    dy = y - t
    dw2 = Z.T @ dy
    db2 = np.sum(dy)
    dU = np.outer(dy, w2) * (U > 0)

    # accumulate over the examples, one at a time
    dW1 = np.zeros_like(W1)
    db1 = np.zeros_like(W1.T)
    for n in range(N):
        dW1 += np.outer(X[n], dU[n])
        db1 += dU[n][:, None]
    return {"W1": dW1, "b1": db1, "w2": dw2, "b2": db2}
