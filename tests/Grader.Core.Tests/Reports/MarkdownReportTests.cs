using Grader.Core.Tests.Running;
using Grader.Reports;
using Grader.Testing;
using Grader.Values;

namespace Grader.Core.Tests.Reports;

public sealed class MarkdownReportTests
{
    [Test]
    public void Write_SampleSubmission_MatchesSnapshot()
    {
        var text = new MarkdownReport().Render(ReportFixtures.Sample());

        Snapshot.Verify(Snapshot.Scrub(text), extension: "md");
    }

    [Test]
    public void Write_FormulaAnswers_MatchesSnapshot()
    {
        // Given a problem answered by formulas, one read and one not
        var report = ReportFixtures.FormulaAnswers();

        // When the feedback is written
        var text = new MarkdownReport().Render(report);

        // Then each formula is shown as written and as read, or with its error in a code block
        Snapshot.Verify(Snapshot.Scrub(text), extension: "md");
    }

    [Test]
    public void Write_SampleSubmission_RevealsNothingFromHiddenCases()
    {
        var report = ReportFixtures.Sample();

        var text = new MarkdownReport().Render(report);

        var hiddenNames = report.Problems.SelectMany(p => p.Cases).Where(c => c.Hidden).Select(c => c.Name).Distinct();
        var hiddenValues = report.Problems.SelectMany(p => p.Cases).Where(c => c.Hidden)
            .SelectMany(c => c.Outputs).SelectMany(o => new[] { o.Expected, o.Got }).OfType<Grader.Values.Tensor>()
            .Where(t => t.Count > 1 && double.IsFinite(t[0]))
            .Select(t => Grader.Values.ValueText.Short(t[0], 6));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("SECRET"));
            foreach (var name in hiddenNames)
            {
                Assert.That(text, Does.Not.Contain(name));
            }

            foreach (var value in hiddenValues)
            {
                Assert.That(text, Does.Not.Contain(value));
            }

            Assert.That(text, Does.Contain("loss 2.38554"), "the public case's printed output is the student's own");
            Assert.That(text, Does.Contain("- hidden case 1: failed: W1 (transposed)"));
        });
    }
}
