using Grader.Running;
using Grader.Submissions;
using Grader.Worker.Protocol;

namespace Grader.Core.Tests.Running;

/// <summary>The sentences for what both workers report as a kind: the words the workers wrote before.</summary>
[TestFixture]
internal sealed class RunMessagesReturnsTests
{
    private static readonly OutputContract[] Outputs = [new("loss", false), new("dZ", false)];

    [TestCase("missing", "dZ", null, null, "output 'dZ' is missing")]
    [TestCase("count", null, 3, null, "returned 3 values, expected 2 (loss, dZ)")]
    [TestCase("unbound", null, null, "int", "returned a int, expected a dict keyed by loss, dZ or a tuple of 2 values")]
    [TestCase("unencodable", null, null, null, "the outputs could not be encoded")]
    [TestCase("unreadable", "dZ", null, "KeyError", "output 'dZ' could not be read: KeyError")]
    [TestCase("nestedTooDeeply", "dZ", null, null, "output 'dZ' is nested too deeply")]
    [TestCase("tooManyItems", "dZ", null, null, "output 'dZ' has too many items")]
    [TestCase("null", "dZ", null, null, "output 'dZ' is null, not a number or array")]
    [TestCase("complex", "dZ", null, null, "output 'dZ' is a complex number")]
    [TestCase("notNumber", "dZ", null, "str", "output 'dZ' is a str, not a number or array")]
    [TestCase("notList", "dZ", null, "int", "output 'dZ' is a int, not a list of arrays")]
    [TestCase("notList", "dZ", null, null, "output 'dZ' is not a list of arrays")]
    [TestCase("dtype", "dZ", null, "<U1", "output 'dZ' is an array of dtype <U1, not numbers")]
    public void Returned_Kind_WritesTheSentence(string kind, string? output, int? count, string? type, string expected)
    {
        // Given
        var problem = new ReturnProblem(kind, output, count, type);

        // When
        var sentence = RunMessages.Returned(problem, Outputs);

        // Then
        Assert.That(sentence, Is.EqualTo(expected));
    }

    [Test]
    public void AnswersSentences_SameWordsAsBefore()
    {
        // Given / When / Then
        Assert.That(RunMessages.ValueCount("gave", 1, Outputs), Is.EqualTo("gave 1 values, expected 2 (loss, dZ)"));
        Assert.That(RunMessages.AnswersUnbound(Outputs), Is.EqualTo("expected a mapping keyed by loss, dZ or a list of 2 values"));
    }
}
