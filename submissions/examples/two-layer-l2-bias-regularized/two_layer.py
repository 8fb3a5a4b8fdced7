import numpy as np


def two_layer_l2(X, y, W1, b1, W2, b2, lam):
    N = X.shape[0]
    # forward pass, one example per row of X
    z2 = X @ W1.T + b1
    a2 = np.maximum(0, z2)
    z3 = a2 @ W2.T + b2
    z3 = z3 - z3.max(axis=1, keepdims=True)
    probs = np.exp(z3) / np.exp(z3).sum(axis=1, keepdims=True)
    # J~ = data loss + lambda * ||theta||^2, theta = all the parameters
    reg = np.sum(W1 ** 2) + np.sum(b1 ** 2) + np.sum(W2 ** 2) + np.sum(b2 ** 2)
    loss = -np.mean(np.log(probs[np.arange(N), y])) + lam * reg

    # backward pass
    delta3 = probs.copy()
    delta3[np.arange(N), y] -= 1
    delta3 /= N
    dW2 = delta3.T @ a2 + 2 * lam * W2
    db2 = delta3.sum(axis=0) + 2 * lam * b2
    delta2 = (delta3 @ W2) * (z2 > 0)
    dW1 = delta2.T @ X + 2 * lam * W1
    db1 = delta2.sum(axis=0) + 2 * lam * b1
    return {"loss": loss, "W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
