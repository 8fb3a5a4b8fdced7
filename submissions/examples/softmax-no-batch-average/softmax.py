import numpy as np


def softmax_ce(Z, y):
    N = Z.shape[0]
    Z = Z - Z.max(axis=1, keepdims=True)
    expZ = np.exp(Z)
    sumexp = expZ.sum(axis=1, keepdims=True)
    probs = expZ / sumexp
    log_probs = Z - np.log(sumexp)
    loss = -np.mean(log_probs[np.arange(N), y])
    dZ = probs.copy()
    dZ[np.arange(N), y] -= 1
    return {"loss": loss, "dZ": dZ}
