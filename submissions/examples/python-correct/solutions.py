"""Homework: gradients and backpropagation, all eleven problems.

Every function works in float64 and is written to stay finite for large inputs:
softmax and log-sum-exp subtract the row maximum, sigmoid and log-sigmoid never
exponentiate a large positive number.
"""
import numpy as np


# ---------------------------------------------------------------- helpers

def _softmax(Z, axis=-1):
    """Softmax along `axis`, stable for logits of any magnitude."""
    Z = np.asarray(Z, dtype=np.float64)
    shifted = Z - np.max(Z, axis=axis, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)


def _log_softmax(Z, axis=-1):
    Z = np.asarray(Z, dtype=np.float64)
    shifted = Z - np.max(Z, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def _sigmoid(x):
    """Stable logistic function: exp is only ever taken of a non-positive number."""
    x = np.asarray(x, dtype=np.float64)
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _onehot(y, K):
    out = np.zeros((len(y), K))
    out[np.arange(len(y)), y] = 1.0
    return out


# ---------------------------------------------------------------- 1. toy-network

def toy_network_gradients(X, t, W1, b1, w2, b2):
    """2-H-1 ReLU network, L = 1/2 sum (y - t)^2 (summed, not averaged)."""
    U = X @ W1 + b1            # (N, H)
    Z = np.maximum(U, 0.0)     # (N, H)
    y = Z @ w2 + b2            # (N,)
    dy = y - t                 # dL/dy, (N,)
    dw2 = Z.T @ dy             # (H,)
    db2 = np.sum(dy)
    dZ = np.outer(dy, w2)      # (N, H)
    dU = dZ * (U > 0)          # ReLU mask
    dW1 = X.T @ dU             # (2, H)
    db1 = np.sum(dU, axis=0)   # (H,)
    return {"W1": dW1, "b1": db1, "w2": dw2, "b2": float(db2)}


# ---------------------------------------------------------------- 2. softmax-ce

def softmax_ce(Z, y):
    N, K = Z.shape
    logp = _log_softmax(Z, axis=1)
    loss = -np.mean(logp[np.arange(N), y])
    dZ = (np.exp(logp) - _onehot(y, K)) / N
    return float(loss), dZ


# ---------------------------------------------------------------- 3. soft-targets

def soft_target_grad(y, t):
    """dE/dy for E = -sum_k t_k log softmax(y)_k; t need not sum to one."""
    return {"dy": _softmax(y) * np.sum(t) - t}


# ---------------------------------------------------------------- 4. lr-range

def lr_range(a, b, c):
    # f'(x) = 2 a x + b, so x_new - x* = (1 - 2 a eta)(x - x*).
    # Converges from every start iff |1 - 2 a eta| < 1, i.e. 0 < eta < 1/a.
    return 0.0, 1.0 / a


# ---------------------------------------------------------------- 5. two-layer-l2

def two_layer_l2(X, y, W1, b1, W2, b2, lam):
    N = X.shape[0]
    K = W2.shape[0]
    z2 = X @ W1.T + b1                 # (N, H)
    a2 = np.maximum(z2, 0.0)
    z3 = a2 @ W2.T + b2                # (N, K)
    logp = _log_softmax(z3, axis=1)
    data_loss = -np.mean(logp[np.arange(N), y])
    loss = data_loss + lam * (np.sum(W1 ** 2) + np.sum(W2 ** 2))

    delta3 = (np.exp(logp) - _onehot(y, K)) / N     # (N, K)
    dW2 = delta3.T @ a2 + 2 * lam * W2              # (K, H)
    db2 = delta3.sum(axis=0)
    delta2 = (delta3 @ W2) * (z2 > 0)               # (N, H)
    dW1 = delta2.T @ X + 2 * lam * W1               # (H, D)
    db1 = delta2.sum(axis=0)
    return {"loss": float(loss), "W1": dW1, "b1": db1, "W2": dW2, "b2": db2}


# ---------------------------------------------------------------- 6. activations

def activation_grads(x):
    x = np.asarray(x, dtype=np.float64)
    s = _sigmoid(x)
    th = np.tanh(x)
    return (
        s * (1 - s),              # sigmoid'
        1 - th ** 2,              # tanh'
        (x > 0).astype(float),    # relu' (0 at x = 0)
        np.sign(x),               # abs'  (0 at x = 0)
        s,                        # softplus' = sigmoid
    )


# ---------------------------------------------------------------- 7. elastic-net

def elastic_net_grad(W, l1, l2):
    return {"dW": l1 * np.sign(W) + 2 * l2 * W}


# ---------------------------------------------------------------- 8. logistic-l2

def logistic_l2_grads(X, y, w, w0, lam):
    n = X.shape[0]
    m = X @ w + w0
    r = _sigmoid(m) - y                # d loss_i / d m_i, finite for any margin
    dw = X.T @ r / n + 2 * lam * w
    dw0 = np.sum(r) / n                # bias not regularised
    return dw, float(dw0)


# ---------------------------------------------------------------- 9. bce

def bce_grad(a, y):
    n = a.shape[0]
    return {"da": (-(y / a) + (1 - y) / (1 - a)) / n}


# ---------------------------------------------------------------- 10. nielsen-backprop

def _sigmoid_prime(z):
    s = _sigmoid(z)
    return s * (1 - s)


def backprop(x, y, weights, biases):
    """As in Nielsen's network.py: returns (nabla_b, nabla_w) for one example."""
    nabla_b = [np.zeros(b.shape) for b in biases]
    nabla_w = [np.zeros(w.shape) for w in weights]
    activation = x
    activations = [x]
    zs = []
    for b, w in zip(biases, weights):
        z = w @ activation + b
        zs.append(z)
        activation = _sigmoid(z)
        activations.append(activation)
    delta = (activations[-1] - y) * _sigmoid_prime(zs[-1])
    nabla_b[-1] = delta
    nabla_w[-1] = delta @ activations[-2].T
    for l in range(2, len(weights) + 1):
        delta = (weights[-l + 1].T @ delta) * _sigmoid_prime(zs[-l])
        nabla_b[-l] = delta
        nabla_w[-l] = delta @ activations[-l - 1].T
    return nabla_b, nabla_w


# ---------------------------------------------------------------- 11. sgd-epoch

def sgd_epoch(X, y, W, b, lr, batch_size):
    W = np.array(W, dtype=np.float64, copy=True)
    b = np.array(b, dtype=np.float64, copy=True)
    N = X.shape[0]
    K = W.shape[1]
    for start in range(0, N, batch_size):
        Xb = X[start:start + batch_size]
        yb = y[start:start + batch_size]
        B = Xb.shape[0]                       # the last batch may be shorter
        P = _softmax(Xb @ W + b, axis=1)
        G = (P - _onehot(yb, K)) / B
        gW = Xb.T @ G
        gb = G.sum(axis=0)
        W = W - lr * gW                       # both from the same batch gradient
        b = b - lr * gb
    return {"W": W, "b": b}
