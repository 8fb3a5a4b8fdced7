using Grader.Specs;
using static Grader.Core.Tests.Formulas.FormulaGrading;

namespace Grader.Core.Tests.Formulas;

/// <summary>
/// Formulas written entry by entry, as the seeds write losses: an entry k of each row (<c>\Delta_{ik}</c>,
/// <c>\psi(z_i)_k</c>, <c>z^{(3)}_{ij}</c>) summed over k, a picked entry (<c>z^{(3)}_{iy_i}</c>), and
/// softmax or log-sum-exp written out with <c>\exp</c>, which must hold on the large-logit cases too.
/// </summary>
internal sealed class EntryFormulaTests
{
    [Test]
    public void Grade_Seed000LossWrittenOut_IsRight()
    {
        // Given seed 000's Eq. (3): the softmax written out with exp, a sum over the classes j of row i
        const string latex = @"\frac{1}{N} \sum_{i=1}^N -\log \left[ \frac{\exp(z_i^{(3)})_{y_i}}{\sum_{j=1}^K \exp(z_i^{(3)})_j} \right] + \lambda \left( \|W^{(1)}\|_2^2 + \|W^{(2)}\|_2^2 \right)";

        // When
        var reading = ReadLatex("two-layer-l2", latex);

        // Then
        Assert.That(reading.ReadAs, Is.EqualTo("1 / N * sum(-log(pick(exp(z3), y) / sum(exp(z3), axis=1))) + lam * (sum(W1^2) + sum(W2^2))"));
        Assert.That(Grade("two-layer-l2", "loss", reading), Is.EqualTo(Right));
    }

    [TestCase(@"-\frac{1}{N}\sum_{i=1}^{N}\sum_{k=1}^{K} \Delta_{ik} \log \psi(z_i^{(3)})_k", "-(1 / N * sum(sum(onehot(y, K) * log(softmax(Z)), axis=1)))")]
    [TestCase(@"\frac{1}{N} \sum_{i=1}^N \left( \log \sum_{j=1}^K \exp(z^{(3)}_{ij}) - z^{(3)}_{iy_i} \right)", "1 / N * sum(log(sum(exp(Z), axis=1)) - pick(Z, y))")]
    [TestCase(@"-\frac{1}{N} \sum_{i} \log \frac{\exp(z_{iy_i})}{\sum_{j} \exp(z_{ij})}", null)]
    public void Grade_SoftmaxLossEntryByEntry_IsRightOnTheLargeLogitCasesToo(string latex, string? readAs)
    {
        // Given the cross-entropy written over the classes of each row (softmax-ce has cases with logits up to ±1000)
        var reading = ReadLatex("softmax-ce", latex.Replace("z_{i", "z^{(3)}_{i", StringComparison.Ordinal));

        // When
        var grade = Grade("softmax-ce", "loss", reading);

        // Then: exp is not evaluated where it would overflow; the reading shown is the student's
        if (readAs is not null)
        {
            Assert.That(reading.ReadAs, Is.EqualTo(readAs));
        }

        Assert.That(grade, Is.EqualTo(Right));
    }

    [TestCase(@"\frac{1}{N}(\psi(z^{(3)}) - \operatorname{onehot}_m(y))")]
    [TestCase(@"\frac{1}{N}(\psi(z_i^{(3)}) - \text{onehot}(y_i))")]
    public void Grade_OnehotWritten_IsRight(string latex)
    {
        // Given seed 002's onehot_m(y), for the batch and for one row
        var grade = GradeLatex("softmax-ce", "dZ", latex);

        // Then
        Assert.That(grade, Is.EqualTo(Right));
    }

    [Test]
    public void Grade_SoftTargetsWithPsi_IsRight()
    {
        // Given seed 001's result with ψ for softmax, as the catalogue spells it
        var grade = GradeLatex("soft-targets", "dy", @"\psi(y) \sum_k t_k - t");

        // Then
        Assert.That(grade, Is.EqualTo(Right));
    }

    [TestCase(@"-\frac{1}{N}\sum_{i}\sum_{k} \Delta_{ik} \log \psi(z_i^{(3)})", "entry k of a row meets a column vector of length K for each i")]
    [TestCase(@"-\frac{1}{N}\sum_{i}\Delta_{ik} \log \psi(z_i^{(3)})_k", "the formula is one entry k of a row, never summed over k")]
    [TestCase(@"\sum_{i}\sum_{k=1}^{N} \Delta_{ik}", "this sum must run over all K")]
    public void ReadLatex_EntryMisused_IsAnErrorSayingWhy(string latex, string expected)
    {
        // When
        var error = Assert.Throws<SpecException>(() => ReadLatex("softmax-ce", latex));

        // Then
        Assert.That(error!.Problem, Does.Contain(expected));
    }
}
