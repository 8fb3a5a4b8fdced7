import numpy as np

# Question 1: L = sum_k l_k with l_k = 1/2 (y_k - t_k)^2, so I compute the
# gradient of each l_k and sum them over the four points.


def relu(x):
    return np.maximum(0, x)


def toy_network_gradients(X, t, W1, b1, w2, b2):
    w2_T = w2.reshape(3, 1)
    dW1 = np.zeros((2, 3))
    db1 = np.zeros(3)
    dw2 = np.zeros(3)
    db2 = 0.0
    for k in range(4):
        u = X[k] @ W1 + b1
        z = relu(u)
        y = z @ w2 + b2
        diff = y - t[k]
        db2 += diff
        dw2 += diff * z
        du = diff * w2_T[:, 0] * (u > 0)
        db1 += du
        dW1 += np.outer(X[k], du)
    return dW1, db1, dw2, db2
