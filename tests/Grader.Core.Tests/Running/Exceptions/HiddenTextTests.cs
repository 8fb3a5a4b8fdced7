using Grader.Running.Exceptions;

namespace Grader.Core.Tests.Running.Exceptions;

public sealed class HiddenTextTests
{
    [TestCase("operands could not be broadcast together with shapes (7,3) (7,5)", "operands could not be broadcast together with shapes (…,…) (…,…)")]
    [TestCase("index 12 is out of bounds for axis 0 with size 12", "index … is out of bounds for axis … with size …")]
    [TestCase("got -0.125 and 1e-05 and 3.5E+7", "got -… and … and …")]
    [TestCase("'W2' has dtype('float64'), not int32", "'W2' has dtype('float64'), not int32")]
    [TestCase("first line\nsecond\t line 7", "first line second line …")]
    public void Message_Hidden_EveryNumberElidedNamesKept(string message, string expected) =>
        // Given/When a hidden case's exception message is scrubbed, Then numbers are gone and names with digits stay
        Assert.That(HiddenText.Message(message), Is.EqualTo(expected));

    [Test]
    public void Message_Long_IsCappedWithAnEllipsis()
    {
        // Given a message far longer than a line of feedback (a printed array, say)
        var message = "values: " + string.Concat(Enumerable.Repeat("abc ", 200));

        // When it is scrubbed
        var text = HiddenText.Message(message);

        // Then it is cut to the cap and says so
        Assert.That(text, Has.Length.EqualTo(HiddenText.MaxMessage).And.EndsWith("…"));
    }

    [Test]
    public void Type_MadeWithANumberInItsName_IsScrubbedToo() =>
        // Given/When a class named at run time after a hidden size, Then its number is gone
        Assert.That(HiddenText.Type("Size17"), Is.EqualTo("Size…"));
}
