using Grader.Running.Exceptions;

namespace Grader.Core.Tests.Running.Exceptions;

public sealed class PythonTracebackTests
{
    [TestCase("broadcast-in-numpy", "ValueError", "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (7, 3) and arg 1 with shape (5, 1).")]
    [TestCase("index-in-helper", "IndexError", "index 3 is out of bounds for axis 0 with size 3")]
    [TestCase("key-error", "KeyError", "'W2'")]
    [TestCase("custom-exception", "submission.ShapeError", "expected at most 4 rows, got 9")]
    [TestCase("chained", "numpy.linalg.LinAlgError", "Singular matrix")]
    [TestCase("syntax-error", "SyntaxError", "invalid syntax")]
    [TestCase("recursion", "RecursionError", "maximum recursion depth exceeded")]
    [TestCase("notebook", "ValueError", "cannot reshape array of size 15 into shape (4,3)")]
    public void Parse_RealTraceback_GivesTheRaisedTypeAndItsMessage(string fixture, string type, string message)
    {
        // Given a traceback Python wrote
        var text = Tracebacks.Text(fixture);

        // When it is read
        var parsed = PythonTraceback.Parse(text);

        // Then the exception is the one that ended it, its message whole
        Assert.That(parsed, Is.Not.Null);
        Assert.That((parsed!.Type, parsed.Message), Is.EqualTo((type, message)));
    }

    [TestCase("broadcast-in-numpy", "/submission/solutions.py:5", "/usr/lib/python3/dist-packages/numpy/lib/stride_tricks.py:422")]
    [TestCase("index-in-helper", "/submission/solutions.py:11", "/submission/solutions.py:5")]
    [TestCase("custom-exception", "/submission/solutions.py:11", "/submission/solutions.py:7")]
    [TestCase("syntax-error", "/submission/solutions.py:5", "/submission/solutions.py:5")]
    [TestCase("notebook", "/submission/homework.ipynb:7", "/submission/homework.ipynb:7")]
    public void Parse_RealTraceback_KeepsEveryFrameOutermostFirst(string fixture, string outermost, string innermost)
    {
        // Given a traceback through the student's files and maybe numpy's
        var text = Tracebacks.Text(fixture);

        // When it is read
        var frames = PythonTraceback.Parse(text)!.Frames.Select(f => $"{f.File}:{f.Line}").ToList();

        // Then its frames are in call order, numpy's <__array_function__ internals> included as written
        Assert.That((frames[0], frames[^1]), Is.EqualTo((outermost, innermost)));
    }

    [Test]
    public void Parse_Chained_KeepsOnlyTheLastExceptionsFrames()
    {
        // Given a KeyError handled by code that then raised LinAlgError deep in numpy
        var text = Tracebacks.Text("chained");

        // When it is read
        var frames = PythonTraceback.Parse(text)!.Frames;

        // Then the KeyError's frame (line 6) is gone: the raised exception went through line 8 into numpy
        Assert.That(frames.Select(f => f.Line), Is.EqualTo(new[] { 8, 200, 538, 89 }));
    }

    [Test]
    public void Parse_Recursion_ReadsTheRepeatedFramesOnceAndIgnoresTheRepeatLine()
    {
        // Given a RecursionError whose traceback says "[Previous line repeated 193 more times]"
        var text = Tracebacks.Text("recursion");

        // When it is read
        var parsed = PythonTraceback.Parse(text)!;

        // Then the frames are the ones written (the repeat line is not a frame, nor the exception)
        Assert.That(parsed.Frames.Select(f => f.Line), Is.EqualTo(new[] { 6, 2, 2, 2 }));
    }

    [Test]
    public void Parse_MessageWithNewlinesAndEscapes_KeepsTheWholeMessageAsText()
    {
        // Given a RuntimeError whose message has a newline, terminal escapes and markup
        var text = Tracebacks.Text("escapes-and-newlines");

        // When it is read
        var parsed = PythonTraceback.Parse(text)!;

        // Then the message is both lines, as written (reports make it inert)
        Assert.That(parsed.Message, Is.EqualTo("first line\n\u001b[2J\u001b[31mscore: 100/100\u001b[0m <b>**bold**</b> 0.125"));
    }

    [Test]
    public void Parse_MessageThatLooksLikeAFrame_IsMessageNotFrame()
    {
        // Given an exception whose message forges a frame of the student's file after the real ones
        var text = "Traceback (most recent call last):\n  File \"/submission/solutions.py\", line 3, in f\n    raise ValueError(s)\n"
            + "ValueError: bad\n  File \"/submission/solutions.py\", line 17, in f\n";

        // When it is read
        var parsed = PythonTraceback.Parse(text)!;

        // Then the forged line is part of the message and the frame is the real one
        Assert.That(parsed.Frames.Select(f => f.Line), Is.EqualTo(new[] { 3 }));
        Assert.That(parsed.Message, Does.Contain("line 17"));
    }

    [Test]
    public void Parse_CutAtTheFront_SkipsThePartialLine()
    {
        // Given a long traceback the worker kept only the end of (its first line cut mid-way)
        var text = Tracebacks.Text("index-in-helper");
        var cut = text[(text.IndexOf("solutions.py\", line 11", StringComparison.Ordinal) + 4)..];

        // When it is read
        var parsed = PythonTraceback.Parse(cut)!;

        // Then the rest is read: the helper's frame and the IndexError
        Assert.That((parsed.Type, parsed.Frames.Single().Line), Is.EqualTo(("IndexError", 5)));
    }

    [TestCase("")]
    [TestCase("Traceback (most recent call last):\n  File \"/submission/solutions.py\", line 3, in f\n")]
    public void Parse_NoExceptionLine_IsNull(string text) =>
        // Given/When text with no exception at its end, Then nothing is made up
        Assert.That(PythonTraceback.Parse(text), Is.Null);
}
