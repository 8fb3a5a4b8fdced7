using Grader.Checking;
using Grader.Class.Reports;

namespace Grader.Core.Tests.Class.Reports;

public sealed class AccuracyTallyTests
{
    internal static CompletionRecord Trained(string name, params RunAccuracy[] runs) => new(
        name, "f", "s", "v", DateTimeOffset.UnixEpoch, 0, 10, 0,
        [
            new ProblemOutcome("toy-network", 0, 20, ProblemStatus.Failed, []),
            new ProblemOutcome("cancer-logistic-l2", 0, 10, ProblemStatus.Partial, []) { Runs = runs },
        ]);

    [Test]
    public void Add_FourStudents_BinsMedianAndFullMarksPerRun()
    {
        // Given a class of four: two runs each, one student whose strong run made no predictions
        var summary = new ClassSummary(["toy-network", "cancer-logistic-l2"]);

        // When
        summary.Add(Trained("a", new("weak", 0.958, true), new("strong", 0.887, true)));
        summary.Add(Trained("b", new("weak", 0.93, true), new("strong", 0.80, false)));
        summary.Add(Trained("c", new("weak", 0.37, false), new("strong", null, false)));
        summary.Add(Trained("d", new("weak", 1.0, true), new("strong", 0.5, false)));

        // Then: per run, the bins (below 50 %, then 5 points each, 100 % in the last), the median of those that predicted, full marks
        var tallies = summary.Problems[1].Accuracies;
        Assert.That(summary.Problems[0].Accuracies, Is.Empty);
        Assert.That(tallies.Select(t => t.Run), Is.EqualTo(new[] { "weak", "strong" }));
        Assert.That(tallies[0].Histogram, Is.EqualTo(new[] { 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2 }));
        Assert.That((tallies[0].Submissions, tallies[0].Predicted, tallies[0].FullMarks), Is.EqualTo((4, 4, 3)));
        Assert.That(tallies[0].Median, Is.EqualTo(0.944).Within(1e-12));
        Assert.That(tallies[1].Histogram, Is.EqualTo(new[] { 0, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0 }));
        Assert.That((tallies[1].Submissions, tallies[1].Predicted, tallies[1].FullMarks, tallies[1].Median), Is.EqualTo((4, 3, 1, 0.80)));
    }

    [Test]
    public void Render_ClassWithTrainingRuns_SummaryAndHtmlShowTheDistribution()
    {
        // Given
        var summary = new ClassSummary(["toy-network", "cancer-logistic-l2"]);
        summary.Add(Trained("a", new("weak", 0.958, true), new("strong", 0.887, true)));
        summary.Add(Trained("b", new("weak", 0.93, true), new("strong", null, false)));

        // When
        var markdown = new SummaryMarkdown().Render(summary);
        var html = new HtmlClassReport().Render(summary);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain("## Held-out accuracy").And.Contain("### cancer-logistic-l2, run strong\n\n1 of 2 made predictions · median 88.7 % · full marks 1"));
            Assert.That(markdown, Does.Contain("| 95–100% | 1 |\n| 90–95% | 1 |"));
            Assert.That(html, Does.Contain("aria-label=\"Held-out accuracy: cancer-logistic-l2, run weak\""));
            Assert.That(html, Does.Contain("<title>95–100%: 1</title>").And.Contain("&lt;50"));
        });
    }

    [Test]
    public void Render_ClassWithoutTrainingRuns_NoAccuracySection()
    {
        var summary = new ClassSummary(["toy-network"]);
        summary.Add(Trained("a"));

        Assert.That(new SummaryMarkdown().Render(summary), Does.Not.Contain("Held-out accuracy"));
        Assert.That(new HtmlClassReport().Render(summary), Does.Not.Contain("Held-out accuracy"));
    }
}
