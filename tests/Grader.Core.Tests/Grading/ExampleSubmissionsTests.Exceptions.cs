using System.Text.RegularExpressions;
using Grader.Reports;

namespace Grader.Core.Tests.Grading;

/// <summary>The example whose code raises on hidden cases: what its student reads of the exception.</summary>
public sealed partial class ExampleSubmissionsTests
{
    [Test]
    public void Grade_ToyRaisesOnHidden_FeedbackNamesTheTypeAndLineWithoutAHiddenNumber()
    {
        // Given toy-raises-on-hidden, graded for real: w2.reshape(3, 1) raises on every hidden case whose H is not 3
        var report = Reports["toy-raises-on-hidden"];
        var toy = report.Problems.Single(p => p.ProblemId == "toy-network");

        // When its feedback.md is written
        var md = ReportFormats.Get("md").Render(report);

        // Then the student reads the type, their line and its code, and the message with every number hidden
        var group = md.Split('\n').Single(l => l.StartsWith("- raised ValueError", StringComparison.Ordinal));
        var raised = toy.Cases.Count(c => c.Hidden && c.Exception is not null);
        Assert.Multiple(() =>
        {
            Assert.That(raised, Is.GreaterThan(0).And.LessThan(toy.Cases.Count(c => c.Hidden)), "some hidden H is 3, some not");
            Assert.That(group, Is.EqualTo(
                $"- raised ValueError at `solutions.py:21` (`w2_T = w2.reshape(3, 1)`) on {raised} of 12 hidden cases: cannot reshape array of size … into shape (…,…)"));
            Assert.That(Regex.IsMatch(md, @"size \d|shape \(\d"), Is.False, "a hidden size in the feedback");
            Assert.That(toy.Cases.Where(c => c.Exception is not null).Select(c => c.Traceback), Has.All.Match(@"cannot reshape array of size \d+ into shape \(3,1\)"), "the instructor keeps the traceback");
        });
    }
}
