import numpy as np


def train_softmax_sgd(X, y, lr, batch_size, epochs):
    N, D = X.shape
    W = np.zeros((D, 10))
    b = np.zeros(10)
    Y = np.eye(10)[y]
    for epoch in range(epochs):
        for s in range(0, N, batch_size):
            Xb, Yb = X[s:s + batch_size], Y[s:s + batch_size]
            Z = Xb @ W + b
            Z -= Z.max(axis=1, keepdims=True)
            P = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
            G = P - Yb  # summed over the batch: no 1/B
            W -= lr * Xb.T @ G
            b -= lr * G.sum(axis=0)
        Z = X @ W + b
        Z -= Z.max(axis=1, keepdims=True)
        L = -np.mean(Z[np.arange(N), y] - np.log(np.exp(Z).sum(axis=1)))
        print(f"epoch {epoch + 1}: loss={L:.4f}")
    return W, b
