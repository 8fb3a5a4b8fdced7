import numpy as np


def elastic_net_grad(W, l1, l2):
    dW = l1 * np.sign(W) + l2 * W
    return {"dW": dW}
