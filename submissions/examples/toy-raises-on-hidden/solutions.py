# Question 1: gradients of the 2-3-1 ReLU network, summed over the four points.
import numpy as np


def relu(x):
    return np.maximum(0, x)


def der_relu(x):
    if x > 0:
        return 1
    else:
        return 0


der_relu_array = np.vectorize(der_relu)


def hidden_error(diff, w2, U1):
    # dl_k/du_k = (y_k - t_k) * w2 * f'(u_k), one row per point
    w2_T = w2.reshape(3, 1)
    return (w2_T * diff).T * der_relu_array(U1)


def toy_network_gradients(X, t, W1, b1, w2, b2):
    U1 = X @ W1 + b1
    Z1 = relu(U1)
    Y = w2 @ np.transpose(Z1) + b2
    diff = Y - t

    L_wrt_b2 = np.sum(diff)
    L_wrt_w2 = np.transpose(Z1) @ diff
    delta = hidden_error(diff, w2, U1)
    L_wrt_b1 = np.sum(delta, axis=0)
    L_wrt_W1 = np.transpose(X) @ delta
    return L_wrt_W1, L_wrt_b1, L_wrt_w2, L_wrt_b2
