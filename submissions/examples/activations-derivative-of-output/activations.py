import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_prime(x):
    return sigmoid(x) * (1 - sigmoid(x))


def activation_grads(x):
    a = sigmoid(x)
    d_sigmoid = sigmoid_prime(a)           # sigma' = a (1 - a)
    d_tanh = 1 - np.tanh(x) ** 2
    d_relu = np.where(x > 0, 1.0, 0.0)
    d_abs = np.sign(x)
    d_softplus = sigmoid(x)
    return {"sigmoid": d_sigmoid, "tanh": d_tanh, "relu": d_relu, "abs": d_abs, "softplus": d_softplus}
