using Grader.Experiments;

namespace Grader.Core.Tests.Experiments;

internal sealed class LearningCurveTests
{
    [Test]
    public void Read_LinesNamingALoss_GivesTheirValuesInOrder()
    {
        // Given what a training function printed, in the spellings students use
        const string printed = "starting\nepoch 1: loss 2.30\nepoch 2 loss=1.5e-1\nLoss: nan\naccuracy 0.9\n";

        // When the curve is read
        var curve = LearningCurve.Read(printed);

        // Then each loss is there, and nothing else
        Assert.That(curve.Take(2), Is.EqualTo(new[] { 2.30, 0.15 }));
        Assert.That(curve, Has.Count.EqualTo(3));
        Assert.That(double.IsNaN(curve[2]), Is.True);
    }

    [TestCase(new[] { 2.3, 1.2, 0.8 }, false)]
    [TestCase(new[] { 2.3, 2.4, 2.35 }, false)]
    [TestCase(new[] { 2.3, 5.0, 40.0 }, true)]
    [TestCase(new[] { 2.3, double.NaN }, true)]
    [TestCase(new[] { 2.3 }, false)]
    public void Diverged_Curve_IsWhenTheLossGrowsOrBreaks(double[] curve, bool diverged) =>
        Assert.That(LearningCurve.Diverged(curve), Is.EqualTo(diverged));
}
