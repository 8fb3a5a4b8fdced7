using Grader.Checking;
using Grader.Core.Tests.Checking;
using Grader.Reports;
using Grader.Running;
using Grader.Running.Answers;
using Grader.Submissions;
using Grader.Values;
using static Grader.Core.Tests.Checking.Fixtures;

namespace Grader.Core.Tests.Reports;

/// <summary>
/// Student-controlled text that would act if a report passed it on raw: terminal escapes (retitle,
/// clear screen, a carriage return before a forged total), Spectre markup, HTML, a Markdown link,
/// backticks, pipes, a newline and heading, the end of an HTML comment, C1 and bidi controls.
/// </summary>
internal static class HostileText
{
    public const string Payload =
        "hw[1] [red]x[/] <script>alert(1)</script> [click](javascript:alert(1)) `tick` ``` | pipe |\n# heading\n--> "
        + "\u001b]0;pwned\u0007\u001b[2J\r155 / 155 \u009b31m \u202eevil\u0000";

    /// <summary>A submission named with the payload whose messages, printed output and file names all carry it.</summary>
    public static ScoreReport Report()
    {
        var toy = ToyNetwork();
        var crashed = new ProblemSubmission(
            toy.ProblemId,
            "python: " + Payload + ".py:3",
            false,
            null,
            [.. toy.Cases.Select(c => c.Hidden
                ? Returned(c, c.Expected.ToDictionary(p => p.Key, p => p.Value), Payload)
                : new CaseRun(c, CaseOutcome.Exception, null, ["output problem: " + Payload], "ValueError: " + Payload, "Traceback:\n" + Payload, Payload, TimeSpan.Zero))]);
        var softmax = SoftmaxCe();
        var unloadable = new ProblemSubmission(softmax.ProblemId, "python: " + Payload + ".py:1", false, "SyntaxError: " + Payload, []);
        return new ScoreReport(
            "bob " + Payload,
            [ProblemGrader.Grade(toy, crashed), ProblemGrader.Grade(softmax, unloadable)],
            [new FileIssue(Payload + ".py", 3, 1, "SyntaxError: " + Payload)],
            TimeSpan.FromSeconds(1))
        {
            GradedAt = ReportFixtures.GradedAt,
        };
    }

    /// <summary>The payload, and the end of an XML CDATA section, as a student might write it in a formula.</summary>
    public const string FormulaPayload = Payload + " ]]> $x$";

    /// <summary>
    /// softmax-ce answered by formulas that carry <see cref="FormulaPayload"/>: loss read (the payload as
    /// written and as read), dZ unreadable (the payload as written and in the error, on several lines).
    /// </summary>
    public static ScoreReport FormulaReport()
    {
        var formulas = new[]
        {
            new FormulaShown("loss", FormulaPayload, "mean(Z) " + FormulaPayload, null),
            new FormulaShown("dZ", "$" + FormulaPayload + "$", null, $"answers.yaml:3:7: error: {FormulaPayload}\n 3 |   dZ: {FormulaPayload}\n   |       ^"),
        };
        var problem = ReportFixtures.FormulaSubmission(SoftmaxCe(), formulas, c => new() { ["loss"] = c.Expected["loss"] }, [RunMessages.FormulaUnread("dZ")]);
        return new ScoreReport("carol", [problem], [], TimeSpan.FromSeconds(1))
        {
            GradedAt = ReportFixtures.GradedAt,
        };
    }

    /// <summary>Characters that act on a terminal or break a document: C0 (but line feed), DEL, C1, bidi controls.</summary>
    public static bool IsActive(char c) =>
        (c < 0x20 && c != '\n') || c is >= '\u007f' and <= '\u009f' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';

    /// <summary>Characters that act, shown as their code points (for a readable failure).</summary>
    public static string ActiveIn(string text) =>
        string.Join(" ", text.Where(IsActive).Distinct().Select(c => $"U+{(int)c:X4}"));
}
