using Grader.Checking;
using Grader.Specs;
using Grader.Values;

namespace Grader.Core.Tests.Checking;

public sealed class ValueComparerTests
{
    private static readonly Tolerance Tight = Fixtures.Tight;

    [Test]
    public void Compare_SameValues_Passes()
    {
        var expected = Tensor.Matrix(new[,] { { 1.0, 2 }, { 3, 4 } });

        var check = ValueComparer.Compare(Tensor.Matrix(new[,] { { 1.0, 2 }, { 3, 4 } }), expected, Tight);

        Assert.Multiple(() =>
        {
            Assert.That(check.Passed, Is.True);
            Assert.That(check.MaxAbsError, Is.Zero);
            Assert.That(check.MaxRelError, Is.Zero);
        });
    }

    [TestCase(new[] { 3 }, new[] { 3, 1 })]
    [TestCase(new[] { 3 }, new[] { 1, 3 })]
    [TestCase(new[] { 3, 1 }, new[] { 1, 3 })]
    [TestCase(new int[0], new[] { 1 })]
    [TestCase(new int[0], new[] { 1, 1 })]
    public void Compare_ShapesDifferingBySizeOneDimensions_Passes(int[] expectedShape, int[] gotShape)
    {
        var data = Enumerable.Range(1, Tensor.ShapeSize(expectedShape)).Select(i => (double)i).ToArray();

        var check = ValueComparer.Compare(new Tensor(gotShape, data), new Tensor(expectedShape, data), Tight);

        Assert.That(check.Passed, Is.True);
    }

    [Test]
    public void Compare_TransposedMatrix_IsTransposableNotPassed()
    {
        var expected = Fixtures.Random(1, 2, 3);

        var check = ValueComparer.Compare(expected.Transpose(), expected, Tight);

        Assert.That(check.Kind, Is.EqualTo(MismatchKind.Transposable));
    }

    [Test]
    public void Compare_DifferentSize_IsWrongShape()
    {
        var check = ValueComparer.Compare(Tensor.Vector(1, 2), Tensor.Vector(1, 2, 3), Tight);

        Assert.That(check.Kind, Is.EqualTo(MismatchKind.WrongShape));
    }

    [Test]
    public void Compare_NanOrInfinity_IsNonFinite()
    {
        var check = ValueComparer.Compare(Tensor.Vector(1, double.NaN, double.PositiveInfinity), Tensor.Vector(1, 2, 3), Tight);

        Assert.That(check.Kind, Is.EqualTo(MismatchKind.NonFinite));
    }

    [Test]
    public void Compare_ErrorJustInsideAndOutsideTolerance_IsSymmetric()
    {
        var tolerance = new Tolerance(1e-3, 0);

        var inside = ValueComparer.Compare(Tensor.Scalar(1000.9), Tensor.Scalar(1000), tolerance);
        var insideSwapped = ValueComparer.Compare(Tensor.Scalar(1000), Tensor.Scalar(1000.9), tolerance);
        var outside = ValueComparer.Compare(Tensor.Scalar(1001.5), Tensor.Scalar(1000), tolerance);

        Assert.Multiple(() =>
        {
            Assert.That(inside.Passed, Is.True);
            Assert.That(insideSwapped.Passed, Is.True);
            Assert.That(outside.Passed, Is.False);
            Assert.That(outside.MaxAbsError, Is.EqualTo(1.5).Within(1e-9));
            Assert.That(outside.MaxRelError, Is.EqualTo(1.5 / 1001.5).Within(1e-12));
        });
    }

    [Test]
    public void Compare_AnswerToleranceOnRoundedDigits_Passes()
    {
        var check = ValueComparer.Compare(Tensor.Scalar(-2.732), Tensor.Scalar(-2.7319999), Fixtures.Answers);
        var zero = ValueComparer.Compare(Tensor.Scalar(0.0004), Tensor.Scalar(0), Fixtures.Answers);
        var wrong = ValueComparer.Compare(Tensor.Scalar(-2.74), Tensor.Scalar(-2.7319999), Fixtures.Answers);

        Assert.Multiple(() =>
        {
            Assert.That(check.Passed, Is.True);
            Assert.That(zero.Passed, Is.True);
            Assert.That(wrong.Passed, Is.False);
        });
    }

    [TestCase(0.0, true)]
    [TestCase(0.5, true)]
    [TestCase(1.0, true)]
    [TestCase(1.0000000001, true)]
    [TestCase(1.1, false)]
    [TestCase(-0.2, false)]
    public void Compare_SubgradientAtKink_AcceptsTheInterval(double got, bool passes)
    {
        var expected = Tensor.Vector(0, 1);
        var lower = Tensor.Vector(0, 1);
        var upper = Tensor.Vector(1, 1);

        var check = ValueComparer.Compare(Tensor.Vector(got, 1), expected, lower, upper, Tight);

        Assert.That(check.Passed, Is.EqualTo(passes));
    }

    [Test]
    public void Compare_ListsElementByElement_ReportsTheWorstError()
    {
        var expected = new TensorList([Tensor.Vector(1, 2), Tensor.Matrix(new[,] { { 1.0, 2 } })]);
        var got = new TensorList([Tensor.Vector(1, 2), Tensor.Matrix(new[,] { { 1.0, 2.5 } })]);

        var check = ValueComparer.Compare(got, expected, Tight);

        Assert.Multiple(() =>
        {
            Assert.That(check.Kind, Is.EqualTo(MismatchKind.Values));
            Assert.That(check.MaxAbsError, Is.EqualTo(0.5));
        });
    }

    [Test]
    public void Compare_ListOfTheWrongLength_IsWrongShape()
    {
        var expected = new TensorList([Tensor.Vector(1, 2), Tensor.Vector(3)]);

        var check = ValueComparer.Compare(new TensorList([Tensor.Vector(1, 2)]), expected, Tight);

        Assert.That(check.Kind, Is.EqualTo(MismatchKind.WrongShape));
    }

    [Test]
    public void Compare_TensorWhereListExpected_IsWrongShape()
    {
        var check = ValueComparer.Compare(Tensor.Vector(1, 2), new TensorList([Tensor.Vector(1, 2)]), Tight);

        Assert.That(check.Kind, Is.EqualTo(MismatchKind.WrongShape));
    }
}
