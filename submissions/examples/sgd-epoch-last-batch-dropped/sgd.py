import numpy as np


def softmax(S):
    S = S - S.max(axis=1, keepdims=True)
    E = np.exp(S)
    return E / E.sum(axis=1, keepdims=True)


def sgd_epoch(X, y, W, b, lr, batch_size):
    W = W.copy()
    b = b.copy()
    N = X.shape[0]
    K = W.shape[1]
    num_batches = N // batch_size
    for i in range(num_batches):
        xb = X[i * batch_size:(i + 1) * batch_size]
        yb = y[i * batch_size:(i + 1) * batch_size]
        P = softmax(xb @ W + b)
        P[np.arange(batch_size), yb] -= 1
        P /= batch_size
        gW = xb.T @ P
        gb = P.sum(axis=0)
        W -= lr * gW
        b -= lr * gb
    return W, b
