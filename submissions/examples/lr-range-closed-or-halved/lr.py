def lr_range(a, b, c):
    # Gradient descent converges for 0 < eta < 2/L, L = curvature of f.
    # f = a x^2 + b x + c has curvature a.
    L = a
    return {"lo": 0.0, "hi": 2.0 / L}
