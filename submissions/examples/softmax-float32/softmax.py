import numpy as np


def softmax_ce(Z, y):
    # float32 is plenty for a neural network (and what the GPU uses)
    Z = Z.astype(np.float32)
    N = Z.shape[0]
    Z = Z - Z.max(axis=1, keepdims=True)
    logp = Z - np.log(np.sum(np.exp(Z), axis=1, keepdims=True))
    loss = -np.mean(logp[np.arange(N), y])
    dZ = np.exp(logp)
    dZ[np.arange(N), y] -= 1
    dZ /= N
    return {"loss": loss, "dZ": dZ}
