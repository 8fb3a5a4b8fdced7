using Grader.Running.Exceptions;

namespace Grader.Core.Tests.Running.Exceptions;

public sealed class DotNetStackTraceTests
{
    [Test]
    public void Parse_IndexOutOfRange_GivesTypeMessageAndTheFramesWithLines()
    {
        // Given the stack trace of a compiled C# submission (its PDB embedded) that indexed past an array in a helper
        var text = Tracebacks.Text("dotnet-index");

        // When it is read
        var parsed = DotNetStackTrace.Parse(text)!;

        // Then the type and message are the exception's, and the frames with a file are outermost first (reflection's have none)
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Type, Is.EqualTo("System.IndexOutOfRangeException"));
            Assert.That(parsed.Message, Is.EqualTo("Index was outside the bounds of the array."));
            Assert.That(parsed.Frames, Is.EqualTo(new TracebackFrame[] { new("Solutions.cs", 15), new("Solutions.cs", 7) }));
        });
    }

    [Test]
    public void Parse_InnerException_GivesTheOuterExceptionAndItsFrames()
    {
        // Given an IndexOutOfRangeException caught and thrown again as an InvalidOperationException with a two-line message
        var text = Tracebacks.Text("dotnet-inner");

        // When it is read
        var parsed = DotNetStackTrace.Parse(text)!;

        // Then the thrown exception is the outer one; the inner one's frame (line 9) is not among its frames
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Type, Is.EqualTo("System.InvalidOperationException"));
            Assert.That(parsed.Message, Is.EqualTo("could not invert a 4x3 block\nsecond line"));
            Assert.That(parsed.Frames.Select(f => f.Line), Is.EqualTo(new[] { 21, 13 }));
        });
    }

    [Test]
    public void Parse_WithoutPdb_HasNoFrames()
    {
        // Given a stack trace without file and line (an assembly without its PDB)
        var text = "System.DivideByZeroException: Attempted to divide by zero.\n   at ToyNetwork.Helper(Int32 k)\n   at ToyNetwork.ToyNetworkGradients(Double[,] X)";

        // When it is read
        var parsed = DotNetStackTrace.Parse(text)!;

        // Then the exception is read and no frame is invented
        Assert.That((parsed.Type, parsed.Frames.Count), Is.EqualTo(("System.DivideByZeroException", 0)));
    }

    [Test]
    public void Parse_NotAStackTrace_IsNull() =>
        // Given/When text that does not start with "Type: message", Then nothing is made up
        Assert.That(DotNetStackTrace.Parse("the worker stopped"), Is.Null);
}
