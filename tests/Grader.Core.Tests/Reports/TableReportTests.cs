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
    public void Write_FormulaAnswers_MatchesSnapshot()
    {
        // Given a problem answered by formulas, one read and one not
        var report = ReportFixtures.FormulaAnswers();

        // When it is rendered as a table
        var text = new TableReport(width: 110).Render(report);

        // Then the formulas follow the table, as written, as read, and the error with its caret
        Snapshot.Verify(Snapshot.Scrub(text));
    }

    [Test]
    public void Write_FormulaAnswers_KeepsTheTableAsWideAsWithout()
    {
        // Given the same problem graded from formulas and with its formulas left out
        var withFormulas = ReportFixtures.FormulaAnswers();
        var without = withFormulas with { Problems = [.. withFormulas.Problems.Select(p => p with { Formulas = [] })] };

        // When both are rendered
        var text = new TableReport(width: 110).Render(withFormulas);
        var plain = new TableReport(width: 110).Render(without);

        // Then the table is as wide (its feedback may differ: a formula that did not read is named), the formulas only added after it
        var table = text[..(text.IndexOf('╯', StringComparison.Ordinal) + 1)];
        var plainTable = plain[..(plain.IndexOf('╯', StringComparison.Ordinal) + 1)];
        Assert.That(table.Split('\n').Max(l => l.Length), Is.EqualTo(plainTable.Split('\n').Max(l => l.Length)));
        Assert.That(text[table.Length..], Does.Contain("softmax-ce: Your formulas, as you wrote them and as Grader read them"));
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
