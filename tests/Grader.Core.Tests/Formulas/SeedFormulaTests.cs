using static Grader.Core.Tests.Formulas.FormulaGrading;

namespace Grader.Core.Tests.Formulas;

/// <summary>
/// The final formulas of the seed write-ups, copied as the students wrote them, graded on every case
/// of their catalogue problem as a TA would grade them.
/// </summary>
internal sealed class SeedFormulaTests
{
    [Test]
    public void Grade_Seed003SoftmaxGradientPerExample_IsRight()
    {
        // Given seed 003, 2.1 a): the per-example gradient, read as the batch of its rows
        const string latex = @"\frac{1}{N} \left(\psi\left(z_{i}^{(3)}\right) - \Delta_{i}\right)";

        // When
        var reading = ReadLatex("softmax-ce", latex);

        // Then
        Assert.That(reading.ReadAs, Is.EqualTo("1 / N * (softmax(Z) - onehot(y, K))"));
        Assert.That(reading.RowIndex, Is.EqualTo('i'));
        Assert.That(Grade("softmax-ce", "dZ", reading), Is.EqualTo(Right));
    }

    [Test]
    public void Grade_Seed000KroneckerDelta_IsRight()
    {
        // Given seed 000's statement of Eq. (2), with the Kronecker delta
        const string latex = @"\frac{1}{N} \left( \psi(z_i^{(3)}) - \delta_{iy_i} \right)";

        // When
        var grade = GradeLatex("softmax-ce", "dZ", latex);

        // Then
        Assert.That(grade, Is.EqualTo(Right));
    }

    [Test]
    public void Grade_Seed000MinusOneForEveryClass_IsTheSoftmaxMinusOneMistake()
    {
        // Given seed 000's result as it stands in 2.b, where every class gets the −1
        const string latex = @"\frac{1}{N} (\psi(z_i^{(3)}) - 1)";

        // When
        var grade = GradeLatex("softmax-ce", "dZ", latex);

        // Then
        Assert.That(grade, Is.EqualTo("softmax-minus-one"));
    }

    [Test]
    public void ReadLatex_Seed000PickedEntryMinusOne_IsOneNumberPerRow()
    {
        // Given seed 000's final step of 2.a, read literally: the y_i-th entry of ψ(z_i), minus 1
        const string latex = @"\frac{1}{N} (\psi(z_i^{(3)})_{y_i} - 1)";

        // When
        var reading = ReadLatex("softmax-ce", latex);

        // Then a number per example (shape (N,)), which cannot be dZ (N, K)
        Assert.That(reading.ReadAs, Is.EqualTo("1 / N * (pick(softmax(Z), y) - 1)"));
        Assert.That(reading.Type.Describe(), Is.EqualTo("(N,)"));
    }

    [Test]
    public void Grade_Seed001SoftTargetsPerEntry_IsRight()
    {
        // Given seed 001, Question 2: ∂E/∂y_i entry by entry
        const string latex = @"\frac{\partial E}{\partial y_{i}} = \frac{\exp(y_{i})}{\sum_{j} \exp(y_{j})} \left( \sum_{k} t_{k} \right) - t_{i}";

        // When
        var grade = GradeLatex("soft-targets", "dy", latex);

        // Then
        Assert.That(grade, Is.EqualTo(Right));
    }

    [Test]
    public void Grade_Seed001SoftTargetsVectorForm_IsRight()
    {
        // Given the issue's summary of seed 001: softmax(y)·Σt − t
        const string latex = @"\operatorname{softmax}(y) \cdot \sum_k t_k - t";

        // When
        var reading = ReadLatex("soft-targets", latex);

        // Then
        Assert.That(reading.ReadAs, Is.EqualTo("softmax(y) * sum(t) - t"));
        Assert.That(Grade("soft-targets", "dy", reading), Is.EqualTo(Right));
    }

    [Test]
    public void Grade_Seed001SoftTargetsAssumingOneHot_IsTheNormalisedTargetsMistake()
    {
        // Given the one-hot special case of seed 001 used for general targets
        const string latex = @"\frac{\exp(y_i)}{\sum_j \exp(y_j)} - t_i";

        // When
        var grade = GradeLatex("soft-targets", "dy", latex);

        // Then
        Assert.That(grade, Is.EqualTo("targets-assumed-normalised"));
    }

    [TestCase(@"\lambda_{11} \text{sign}(\mathbf{W}^{(1)}) + 2\lambda_{12} \mathbf{W}^{(1)}", "right")]
    [TestCase(@"\lambda_1 \operatorname{sign}(W) + 2\lambda_2 W", "right")]
    [TestCase(@"\lambda_1 \operatorname{sign}(W) + \lambda_2 W", "regularization-factor")]
    [TestCase(@"2\lambda_2 W", "missing-l1")]
    public void Grade_Seed002ElasticNet_GradesAsExpected(string latex, string expected)
    {
        // Given seed 002, part 18 (13), in its own and in the catalogue's notation

        // When
        var grade = GradeLatex("elastic-net", "dW", latex);

        // Then
        Assert.That(grade, Is.EqualTo(expected));
    }
}
