"""Training experiments: softmax regression, a two-layer network, logistic regression, a torch MLP."""
import numpy as np


def _softmax(Z):
    Z = Z - Z.max(axis=1, keepdims=True)
    P = np.exp(Z)
    return P / P.sum(axis=1, keepdims=True)


def train_softmax_sgd(X, y, lr, batch_size, epochs):
    N, D = X.shape
    K = 10
    W = np.zeros((D, K))
    b = np.zeros(K)
    Y = np.eye(K)[y]
    for epoch in range(epochs):
        for s in range(0, N, batch_size):
            Xb, Yb = X[s:s + batch_size], Y[s:s + batch_size]
            G = (_softmax(Xb @ W + b) - Yb) / len(Xb)
            W -= lr * Xb.T @ G
            b -= lr * G.sum(axis=0)
        P = _softmax(X @ W + b)
        print(f"epoch {epoch + 1}: loss {-np.mean(np.log(P[np.arange(N), y])):.4f}")
    return W, b


def train_two_layer(X, y, hidden, lr, epochs, seed):
    rng = np.random.default_rng(seed)
    N, D = X.shape
    K = 10
    W1 = rng.normal(0, np.sqrt(2 / D), (hidden, D))
    b1 = np.zeros(hidden)
    W2 = rng.normal(0, np.sqrt(1 / hidden), (K, hidden))
    b2 = np.zeros(K)
    Y = np.eye(K)[y]
    for epoch in range(epochs):
        for s in range(0, N, 32):
            Xb, Yb = X[s:s + 32], Y[s:s + 32]
            z2 = Xb @ W1.T + b1
            a2 = np.maximum(z2, 0)
            G3 = (_softmax(a2 @ W2.T + b2) - Yb) / len(Xb)
            G2 = (G3 @ W2) * (z2 > 0)
            W2 -= lr * G3.T @ a2
            b2 -= lr * G3.sum(axis=0)
            W1 -= lr * G2.T @ Xb
            b1 -= lr * G2.sum(axis=0)
        P = _softmax(np.maximum(X @ W1.T + b1, 0) @ W2.T + b2)
        print(f"epoch {epoch + 1}: loss {-np.mean(np.log(P[np.arange(N), y])):.4f}")
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def train_logistic_l2(X, y, lam, lr, epochs):
    n, d = X.shape
    w = np.zeros(d)
    w0 = 0.0
    for _ in range(epochs):
        a = 1 / (1 + np.exp(-(X @ w + w0)))
        w -= lr * (X.T @ (a - y) / n + 2 * lam * w)
        w0 -= lr * np.mean(a - y)
    return w, w0


def train_and_predict(X_train, y_train, X_test):
    import torch
    from torch import nn

    torch.manual_seed(0)
    torch.set_num_threads(1)
    model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 10))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    X = torch.tensor(X_train, dtype=torch.float32)
    y = torch.tensor(y_train, dtype=torch.long)
    for epoch in range(30):
        order = torch.randperm(len(X))
        for s in range(0, len(X), 64):
            batch = order[s:s + 64]
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(X[batch]), y[batch])
            loss.backward()
            optimizer.step()
        print(f"epoch {epoch + 1}: loss {loss.item():.4f}")
    with torch.no_grad():
        return model(torch.tensor(X_test, dtype=torch.float32)).argmax(dim=1).numpy()
