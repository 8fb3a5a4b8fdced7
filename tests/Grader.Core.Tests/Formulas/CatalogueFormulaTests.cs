using Grader.Specs;
using static Grader.Core.Tests.Formulas.FormulaGrading;

namespace Grader.Core.Tests.Formulas;

/// <summary>
/// Every output of every catalogue problem with a closed-form answer, answered right in both syntaxes
/// and graded on all its cases (nielsen-backprop's lists: LayerFormulaTests; sgd-epoch is an algorithm,
/// answered in code or numbers only).
/// </summary>
internal sealed class CatalogueFormulaTests
{
    [TestCase("toy-network", "W1", "X.T @ ((y - t) * (w2 * sign(Z)).T).T", @"\sum_{k} x_k^T \left( (y_k - t_k) \, \mathbf{w}^{(2)} \odot f'(x_k W^{(1)} + b^{(1)}) \right)")]
    [TestCase("toy-network", "b1", "sum(((y - t) * (w2 * sign(Z)).T).T, axis=0)", @"\sum_k (y_k - t_k) \, \mathbf{w}^{(2)} \odot f'(z_k^{(1)})")]
    [TestCase("toy-network", "w2", "Z.T @ (y - t)", @"\sum_k (y_k - t_k) f(z_k^{(1)})")]
    [TestCase("toy-network", "b2", "sum(y - t)", @"\sum_{k=1}^{N} (y_k - t_k)")]
    [TestCase("softmax-ce", "loss", "-mean(pick(log_softmax(Z, axis=1), y))", @"-\frac{1}{N} \sum_{i=1}^N \log \psi(z^{(3)}_i)_{y_i}")]
    [TestCase("softmax-ce", "dZ", "(softmax(Z, axis=1) - onehot(y, K)) / N", @"\frac{1}{N} \left(\psi(z^{(3)}_i) - \Delta_i\right)")]
    [TestCase("soft-targets", "dy", "softmax(y) * sum(t) - t", @"\operatorname{softmax}(y) \cdot \sum_k t_k - t")]
    [TestCase("lr-range", "lo", "0", @"0")]
    [TestCase("lr-range", "hi", "1 / a", @"\frac{1}{a}")]
    [TestCase("two-layer-l2", "loss", "-mean(pick(log_softmax(z3, axis=1), y)) + lam * (sum(W1^2) + sum(W2^2))", @"-\frac{1}{N} \sum_{i=1}^N \log \psi(z^{(3)}_i)_{y_i} + \lambda \left( \|W^{(1)}\|_F^2 + \|W^{(2)}\|_F^2 \right)")]
    [TestCase("two-layer-l2", "W1", "(((softmax(z3, axis=1) - onehot(y, K)) / N @ W2) * sign(a2)).T @ X + 2 * lam * W1", @"\sum_{i=1}^{N} \left[ \left( W^{(2)} \right)^{T} \frac{1}{N} \left( \psi(z_{i}^{(3)}) - \Delta_{i} \right) \odot \phi'(z_{i}^{(2)}) \right] x_i^{T} + 2\lambda W^{(1)}")]
    [TestCase("two-layer-l2", "b1", "sum(((softmax(z3, axis=1) - onehot(y, K)) / N @ W2) * sign(a2), axis=0)", @"\sum_{i=1}^N \left( W^{(2)} \right)^T \frac{1}{N} \left( \psi(z_i^{(3)}) - \Delta_i \right) \odot \phi'(z_i^{(2)})")]
    [TestCase("two-layer-l2", "W2", "((softmax(z3, axis=1) - onehot(y, K)) / N).T @ a2 + 2 * lam * W2", @"\frac{1}{N}\sum_{i=1}^{N}\left(\psi(z^{(3)}_i) - \delta_{y_i}\right) a^{(2)T}_i + 2\lambda W^{(2)}")]
    [TestCase("two-layer-l2", "b2", "sum(softmax(z3, axis=1) - onehot(y, K), axis=0) / N", @"\frac{1}{N} \sum_{i=1}^N \left( \psi(z_i^{(3)}) - \Delta_i \right)")]
    [TestCase("activations", "sigmoid", "sigmoid(x) * (1 - sigmoid(x))", @"\sigma(x)(1 - \sigma(x))")]
    [TestCase("activations", "tanh", "1 - tanh(x)^2", @"1 - \tanh^2(x)")]
    [TestCase("activations", "relu", "sign(relu(x))", @"\mathbb{1}[x > 0]")]
    [TestCase("activations", "abs", "sign(x)", @"\operatorname{sign}(x)")]
    [TestCase("activations", "softplus", "sigmoid(x)", @"\frac{1}{1 + e^{-x}}")]
    [TestCase("elastic-net", "dW", "l1 * sign(W) + 2 * l2 * W", @"\lambda_1 \operatorname{sign}(W) + 2\lambda_2 W")]
    [TestCase("logistic-l2", "w", "X.T @ (sigmoid(m) - y) / n + 2 * lam * w", @"\frac{1}{n} \sum_{i=1}^n \left( \sigma(\hat{w}^T x_i) - y_i \right) x_i + 2\lambda w")]
    [TestCase("logistic-l2", "w0", "mean(sigmoid(m) - y)", @"\frac{1}{n} \sum_{i=1}^n \left( \sigma(\hat{w}^T x_i) - y_i \right)")]
    [TestCase("bce", "da", "-(y / a - (1 - y) / (1 - a)) / n", @"-\frac{1}{n}\left(\frac{y}{a} - \frac{1 - y}{1 - a}\right)")]
    public void Grade_EveryClosedFormOutput_IsRightInBothSyntaxes(string problem, string output, string numpy, string latex)
    {
        // When each is read and graded on every case of the problem
        var numpyGrade = Grade(problem, output, Context(problem).ReadNumpy(SourceText.Inline(numpy, "answers.yaml")));
        var latexGrade = GradeLatex(problem, output, latex);

        // Then
        Assert.That((numpyGrade, latexGrade), Is.EqualTo((Right, Right)));
    }
}
