# Softmax cross-entropy and the toy network with PyTorch's autograd, returning tensors that require
# grad or hold gradients, as a student using PyTorch writes them.
import torch
import torch.nn.functional as F


def softmax_ce(Z, y):
    Z = torch.from_numpy(Z).requires_grad_()
    loss = F.cross_entropy(Z, torch.from_numpy(y))
    loss.backward()
    return loss, Z.grad


def toy_network_gradients(X, t, W1, b1, w2, b2):
    W1, b1, w2 = (torch.tensor(p, requires_grad=True) for p in (W1, b1, w2))
    b2 = torch.tensor(b2, dtype=torch.float64, requires_grad=True)
    y = torch.relu(torch.from_numpy(X) @ W1 + b1) @ w2 + b2
    loss = 0.5 * ((y - torch.from_numpy(t)) ** 2).sum()
    loss.backward()
    return {"W1": W1.grad, "b1": b1.grad, "w2": w2.grad, "b2": b2.grad}
