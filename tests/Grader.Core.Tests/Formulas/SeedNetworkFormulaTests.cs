using static Grader.Core.Tests.Formulas.FormulaGrading;

namespace Grader.Core.Tests.Formulas;

/// <summary>The seeds' gradients of the two-layer network, the toy network and logistic regression, graded on every case.</summary>
internal sealed class SeedNetworkFormulaTests
{
    [Test]
    public void Grade_Seed003W2WithTwoLambda_IsRight()
    {
        // Given seed 003, (20)
        const string latex = @"\sum_{i=1}^N \frac{1}{N} \left( \psi \left( z_i^{(3)} \right) - \Delta_i \right) \left( a_i^{(2)} \right)^T + 2\lambda W^{(2)}";

        // When
        var reading = ReadLatex("two-layer-l2", latex);

        // Then the sum of outer products is read as one matrix product
        Assert.That(reading.ReadAs, Is.EqualTo("(1 / N * (softmax(z3) - onehot(y, K))).T @ a2 + 2 * lam * W2"));
        Assert.That(Grade("two-layer-l2", "W2", reading), Is.EqualTo(Right));
    }

    [Test]
    public void Grade_Seed000W2WithTagTranspose_IsRight()
    {
        // Given seed 000, Eq. (4): the transpose inside the tag, a^{(2)T}_i
        const string latex = @"\frac{\partial \tilde{J}}{\partial W^{(2)}} = \sum_{i=1}^N \frac{1}{N} \left( \psi \left( z_i^{(3)} \right) - \delta_{iy_i} \right) a_i^{(2)T} + 2\lambda W^{(2)}";

        // When
        var grade = GradeLatex("two-layer-l2", "W2", latex);

        // Then
        Assert.That(grade, Is.EqualTo(Right));
    }

    [Test]
    public void Grade_W2WithLambdaW_IsTheRegularizationFactorMistake()
    {
        // Given the issue's example with λW instead of 2λW
        const string latex = @"\frac{1}{N}\sum_{i=1}^{N}\left(\psi(z^{(3)}_i) - \delta_{y_i}\right) a^{(2)T}_i + \lambda W^{(2)}";

        // When
        var grade = GradeLatex("two-layer-l2", "W2", latex);

        // Then
        Assert.That(grade, Is.EqualTo("regularization-factor"));
    }

    [Test]
    public void Grade_Seed003B2_IsRight()
    {
        // Given seed 003, (23)
        const string latex = @"\sum_{i=1}^N \frac{1}{N} \left( \psi \left( z_i^{(3)} \right) - \Delta_i \right)";

        // When
        var grade = GradeLatex("two-layer-l2", "b2", latex);

        // Then
        Assert.That(grade, Is.EqualTo(Right));
    }

    [Test]
    public void ReadLatex_Seed003W1AsWritten_RejectsTheMaskOfTheWrongLayer()
    {
        // Given seed 003, 2.3 c): the ReLU mask is written on z^{(3)} (K entries) where z^{(2)} (H entries) is meant
        const string latex = @"\sum_{i=1}^{N} \left\{ \left[ \left( W^{(2)} \right)^{T} \left( \frac{1}{N} \left( \psi \left( z_{i}^{(3)} \right) - \Delta_{i} \right) \right) \right] \odot \mathbb{I} \left\{ z_{i}^{(3)} > 0 \right\} \right\} \left( a_{i}^{(1)} \right)^{T} + 2\lambda W^{(1)}";

        // When
        var error = Assert.Throws<Grader.Specs.SpecException>(() => ReadLatex("two-layer-l2", latex));

        // Then
        Assert.That(error!.Problem, Is.EqualTo("cannot combine a column vector of length H for each i with a column vector of length K for each i entry by entry"));
        Assert.That(latex[(error.Location.Column - 1)..], Does.StartWith(@"W^{(2)} \right)^{T}"));
    }

    [Test]
    public void Grade_Seed003W1WithTheMaskOnZ2_IsRight()
    {
        // Given seed 003's W1 with the mask on z^{(2)}, as the derivation means it
        const string latex = @"\sum_{i=1}^{N} \left\{ \left[ \left( W^{(2)} \right)^{T} \left( \frac{1}{N} \left( \psi \left( z_{i}^{(3)} \right) - \Delta_{i} \right) \right) \right] \odot \mathbb{I} \left\{ z_{i}^{(2)} > 0 \right\} \right\} \left( a_{i}^{(1)} \right)^{T} + 2\lambda W^{(1)}";

        // When
        var reading = ReadLatex("two-layer-l2", latex);

        // Then
        Assert.That(reading.ReadAs, Is.EqualTo("(1 / N * (softmax(z3) - onehot(y, K)) @ W2 * sign(relu(z2))).T @ X + 2 * lam * W1"));
        Assert.That(Grade("two-layer-l2", "W1", reading), Is.EqualTo(Right));
    }

    [Test]
    public void Grade_Seed003B1WithTheMaskOnZ2_IsRight()
    {
        // Given seed 003's b1, mask on z^{(2)}, φ' spelled through the notation's \phi
        const string latex = @"\sum_{i=1}^N \left( W^{(2)} \right)^T \left[ \frac{1}{N} \left( \psi \left( z_i^{(3)} \right) - \Delta_i \right) \right] \odot \phi'(z_i^{(2)})";

        // When
        var grade = GradeLatex("two-layer-l2", "b1", latex);

        // Then
        Assert.That(grade, Is.EqualTo(Right));
    }

    [Test]
    public void Grade_Seed001B2_IsRight()
    {
        // Given seed 001, Question 1: ∂l_k/∂b^{(2)} summed over the points, in the row convention
        const string latex = @"\sum_k \left(\mathbf{w}^{(2)} f(x_k \mathbf{W}^{(1)} + \mathbf{b}^{(1)})^T + b^{(2)} - t_k\right)";

        // When
        var reading = ReadLatex("toy-network", latex);

        // Then
        Assert.That(reading.ReadAs, Is.EqualTo("sum(relu(X @ W1 + b1) @ w2 + b2 - t)"));
        Assert.That(Grade("toy-network", "b2", reading), Is.EqualTo(Right));
    }

    [Test]
    public void Grade_Seed001W2_IsRight()
    {
        // Given seed 001: ∂l_k/∂w^{(2)}, summed over k
        const string latex = @"\sum_k (\mathbf{w}^{(2)} f(x_k \mathbf{W}^{(1)} + \mathbf{b}^{(1)})^T + b^{(2)} - t_k) f(x_k \mathbf{W}^{(1)} + \mathbf{b}^{(1)})^T";

        // When
        var grade = GradeLatex("toy-network", "w2", latex);

        // Then
        Assert.That(grade, Is.EqualTo(Right));
    }

    [Test]
    public void ReadLatex_Seed001B1AsWritten_IsADotProduct()
    {
        // Given seed 001's b1: w^{(2)} f'(…)^T is a row times a column, a number, where the code multiplies entry by entry
        const string latex = @"\sum_k (\mathbf{w}^{(2)} f(x_k \mathbf{W}^{(1)} + \mathbf{b}^{(1)})^T + b^{(2)} - t_k) \cdot \mathbf{w}^{(2)} f'(x_k \mathbf{W}^{(1)} + \mathbf{b}^{(1)})^T";

        // When
        var reading = ReadLatex("toy-network", latex);

        // Then one number, not b1's (H,): the misreading shows in the reading
        Assert.That(reading.Type.Describe(), Is.EqualTo("()"));
    }

    [Test]
    public void Grade_Seed001B1WithHadamard_IsRight()
    {
        // Given the same with the elementwise product written as such
        const string latex = @"\sum_k (\mathbf{w}^{(2)} f(x_k \mathbf{W}^{(1)} + \mathbf{b}^{(1)})^T + b^{(2)} - t_k) \, \mathbf{w}^{(2)} \odot f'(x_k \mathbf{W}^{(1)} + \mathbf{b}^{(1)})";

        // When
        var grade = GradeLatex("toy-network", "b1", latex);

        // Then
        Assert.That(grade, Is.EqualTo(Right));
    }

    [Test]
    public void Grade_ToyW1AsOuterProducts_IsRight()
    {
        // Given W1 as a sum over the points of x_k^T times the back-propagated row
        const string latex = @"\sum_{k} x_k^T \left( (y_k - t_k) \, \mathbf{w}^{(2)} \odot f'(x_k W^{(1)} + b^{(1)}) \right)";

        // When
        var grade = GradeLatex("toy-network", "W1", latex);

        // Then
        Assert.That(grade, Is.EqualTo(Right));
    }

    [Test]
    public void Grade_Seed004LogisticW_IsRight()
    {
        // Given seed 004, (68)
        const string latex = @"-\frac{1}{n} \sum_{i=1}^n \left[ y_i x_i - x_i \frac{1}{1 + e^{-\hat{w}^T x_i}} \right] + 2\lambda w";

        // When
        var grade = GradeLatex("logistic-l2", "w", latex);

        // Then
        Assert.That(grade, Is.EqualTo(Right));
    }

    [Test]
    public void Grade_Seed004LogisticBiasAsWritten_IsRight()
    {
        // Given seed 004, (70): as written, the bias is not regularised
        const string latex = @"-\frac{1}{n} \sum_{i=1}^n \left[ y_i - \frac{1}{1 + e^{-\hat{w}^T x_i}} \right]";

        // When
        var grade = GradeLatex("logistic-l2", "w0", latex);

        // Then
        Assert.That(grade, Is.EqualTo(Right));
    }

    [Test]
    public void Grade_Seed004LogisticBiasRegularised_IsTheBiasRegularizedMistake()
    {
        // Given (70) with the bias regularised, as the prose after (69) describes it
        const string latex = @"-\frac{1}{n} \sum_{i=1}^n \left[ y_i - \sigma(\hat{w}^T x_i) \right] + 2\lambda w_0";

        // When
        var grade = GradeLatex("logistic-l2", "w0", latex);

        // Then
        Assert.That(grade, Is.EqualTo("bias-regularized"));
    }
}
