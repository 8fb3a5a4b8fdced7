import numpy as np


def softmax_ce(Z, y):
    N = Z.shape[0]
    shifted = Z - np.max(Z, axis=1, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    loss = -np.mean(log_probs[np.arange(N), y])
    dZ = np.zeros_like(Z)   # TODO: gradient
    return loss, dZ
