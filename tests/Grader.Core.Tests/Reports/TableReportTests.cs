using Grader.Reports;
using Grader.Testing;

namespace Grader.Core.Tests.Reports;

public sealed class TableReportTests
{
    [Test]
    public void Write_SampleSubmission_MatchesSnapshot()
    {
        var text = new TableReport(width: 110).Render(ReportFixtures.Sample());

        Snapshot.Verify(Snapshot.Scrub(text));
    }

    [Test]
    public void Write_SampleSubmission_EndsWithTheTotal()
    {
        var report = ReportFixtures.Sample();

        var text = new TableReport(width: 110).Render(report);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Match(@"Total\s+│\s+│\s+35 / 70"));
            Assert.That(text, Does.Not.Contain("SECRET"));
            Assert.That(text, Does.Contain("notebook.ipynb:3:1: cell 3: SyntaxError: invalid syntax"));
        });
    }
}
