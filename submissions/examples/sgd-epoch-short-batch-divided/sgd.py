import numpy as np


def softmax(S):
    S = S - S.max(axis=1, keepdims=True)
    E = np.exp(S)
    return E / E.sum(axis=1, keepdims=True)


def sgd_epoch(X, y, W, b, lr, batch_size):
    W = W.copy()
    b = b.copy()
    N = X.shape[0]
    for start in range(0, N, batch_size):
        xb = X[start:start + batch_size]
        yb = y[start:start + batch_size]
        P = softmax(xb @ W + b)
        P[np.arange(len(yb)), yb] -= 1
        # mean over the mini-batch
        gW = xb.T @ P / batch_size
        gb = P.sum(axis=0) / batch_size
        W -= lr * gW
        b -= lr * gb
    return W, b
