import numpy as np


def two_layer_l2(X, y, W1, b1, W2, b2, lam):
    N = X.shape[0]
    # forward, one example per row: z2 = W1 x + b1, z3 = W2 a2 + b2
    z2 = X @ W1.T + b1
    a2 = np.maximum(0, z2)
    z3 = a2 @ W2.T + b2
    z3 = z3 - z3.max(axis=1, keepdims=True)
    probs = np.exp(z3) / np.exp(z3).sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(probs[np.arange(N), y]))
    loss += lam * (np.sum(W1 * W1) + np.sum(W2 * W2))

    # backward
    delta3 = probs.copy()
    delta3[np.arange(N), y] -= 1
    delta3 /= N
    dW2 = delta3.T @ a2 + 2 * lam * W2
    db2 = delta3.sum(axis=0)
    delta2 = delta3 @ W2
    dW1 = delta2.T @ X + 2 * lam * W1
    db1 = delta2.sum(axis=0)
    return {"loss": loss, "W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
