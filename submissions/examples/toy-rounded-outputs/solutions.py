# Assignment 2: neural networks. Every answer is rounded to 5 decimals so that the printed
# numbers are readable (as in seed 001's notebook).
import numpy as np


def relu(x):
    return np.maximum(0, x)


def der_relu(x):
    if x > 0:
        return 1
    else:
        return 0


der_relu_array = np.vectorize(der_relu)


# Question 1: L = sum_k l_k, l_k = 1/2 (y_k - t_k)^2
def toy_network_gradients(X, t, W1, b1, w2, b2):
    U1 = X @ W1 + b1
    Z1 = relu(U1)
    Z1_T = np.transpose(Z1)
    Y = w2 @ Z1_T + b2
    diff = Y - t
    Z1_der = der_relu_array(U1)

    L_wrt_b2 = np.round(sum(diff), 5)
    lk_wrt_b1 = diff * np.transpose(w2 * Z1_der)
    L_wrt_b1 = np.round(np.sum(lk_wrt_b1, axis=1), 5)
    lk_wrt_w2 = diff * Z1_T
    L_wrt_w2 = np.round(np.sum(lk_wrt_w2, axis=1), 5)
    w2_T = w2.reshape(-1, 1)
    lk_wrt_W1 = np.array([diff[k] * (np.transpose(w2_T * X[k]) * Z1_der[k]) for k in range(len(X))])
    L_wrt_W1 = np.round(np.sum(lk_wrt_W1, axis=0), 5)

    print('The derivative of L wrt b2 is', L_wrt_b2)
    return {"W1": L_wrt_W1, "b1": L_wrt_b1, "w2": L_wrt_w2, "b2": L_wrt_b2}


# Question 2: dE/dy_i = softmax(y)_i * sum_k t_k - t_i
def soft_target_grad(y, t):
    softmax = np.exp(y) / np.sum(np.exp(y))
    dE_dy = np.round(softmax * np.sum(t) - t, 5)
    print('The gradient of E wrt y is', dE_dy)
    return {"dy": dE_dy}


# Question 3: x_n = (1 - 2a eta)^n x_0 converges iff |1 - 2a eta| < 1, i.e. 0 < eta < 1/a
def lr_range(a, b, c):
    lo = 0
    hi = np.round(1 / a, 5)
    print('The range of eta is (', lo, ',', hi, ')')
    return lo, hi
