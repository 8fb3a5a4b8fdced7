import numpy as np


def train_softmax_sgd(X, y, lr, batch_size, epochs):
    rng = np.random.default_rng(0)
    N, D = X.shape
    W = np.zeros((D, 10))
    b = np.zeros(10)
    for epoch in range(epochs):
        # Shuffles the rows each epoch, but X and y each with its own permutation.
        X = X[rng.permutation(N)]
        y = y[rng.permutation(N)]
        Y = np.eye(10)[y]
        for s in range(0, N, batch_size):
            Xb, Yb = X[s:s + batch_size], Y[s:s + batch_size]
            Z = Xb @ W + b
            Z -= Z.max(axis=1, keepdims=True)
            P = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
            G = (P - Yb) / len(Xb)
            W -= lr * Xb.T @ G
            b -= lr * G.sum(axis=0)
    return W, b
