import numpy as np


def bce_grad(a, y):
    # dC/da = -(y/a) + (1-y)/(1-a)
    return {"da": -(y / a) + (1 - y) / (1 - a)}
