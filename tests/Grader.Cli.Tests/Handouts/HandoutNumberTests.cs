using Grader.Cli.Handouts;

namespace Grader.Cli.Tests.Handouts;

public sealed class HandoutNumberTests
{
    [TestCase(-0.7, "-0.7")]
    [TestCase(784.0, "784")]
    [TestCase(1e-5, "0.00001")]
    [TestCase(-1.25e-7, "-0.000000125")]
    [TestCase(1.5e20, "150000000000000000000")]
    [TestCase(0.1 + 0.2, "0.30000000000000004")]
    [TestCase(double.NaN, "nan")]
    [TestCase(double.NegativeInfinity, "-inf")]
    public void Plain_Number_IsExactAndNeverScientific(double value, string expected)
    {
        // When
        var text = HandoutNumber.Plain(value);

        // Then
        Assert.That(text, Is.EqualTo(expected));
        Assert.That(text, Does.Not.Contain("E"));
    }

    [Test]
    [SetCulture("de-DE")]
    public void Plain_GermanCulture_WritesAPoint()
    {
        Assert.That(HandoutNumber.Plain(-1.25), Is.EqualTo("-1.25"));
        Assert.That(HandoutNumber.PythonFloat(1234.5), Is.EqualTo("1234.5"));
    }

    [Test]
    public void Plain_Integer_HasNoFraction()
    {
        Assert.That(HandoutNumber.Plain(3, isInteger: true), Is.EqualTo("3"));
    }

    [TestCase(2.0, "2.0")]
    [TestCase(-0.5, "-0.5")]
    [TestCase(1e-5, "0.00001")]
    [TestCase(1e20, "100000000000000000000.0")]
    [TestCase(double.PositiveInfinity, "np.inf")]
    [TestCase(double.NaN, "np.nan")]
    public void PythonFloat_Number_IsAFloatLiteral(double value, string expected)
    {
        Assert.That(HandoutNumber.PythonFloat(value), Is.EqualTo(expected));
    }
}
