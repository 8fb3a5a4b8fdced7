import numpy as np


def softmax(Z):
    e = np.exp(Z)
    return e / np.sum(e, axis=1, keepdims=True)


def softmax_ce(Z, y):
    N = Z.shape[0]
    p = softmax(Z)
    loss = -np.sum(np.log(p[np.arange(N), y])) / N
    dZ = p.copy()
    dZ[np.arange(N), y] -= 1
    dZ /= N
    return {"loss": loss, "dZ": dZ}
