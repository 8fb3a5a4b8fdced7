using System.Text;
using Grader.Reports;
using Grader.Testing;

namespace Grader.Core.Tests.Reports;

public sealed class CsvGradebookTests
{
    private static IReadOnlyList<ScoreReport> Class()
    {
        var alice = ReportFixtures.Sample();
        var bob = new ScoreReport("bob, \"the\" builder", [ReportFixtures.ToyTransposed(), ReportFixtures.BceAnswers()], [], TimeSpan.Zero);
        return [alice, bob];
    }

    private static string Render(IReadOnlyList<ScoreReport> reports)
    {
        using var writer = new StringWriter();
        new CsvGradebook().Write(reports, writer);
        return writer.ToString();
    }

    [Test]
    public void Write_TwoSubmissions_MatchesSnapshot()
    {
        Snapshot.Verify(Render(Class()), extension: "csv");
    }

    [Test]
    public void Write_TwoSubmissions_ParsesBackAsRfc4180()
    {
        var text = Render(Class());

        var rows = ParseCsv(text);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.EndWith("\r\n"));
            Assert.That(rows[0], Is.EqualTo(new[] { "submission", "toy-network", "softmax-ce", "lr-range", "elastic-net", "bce", "bce-missing", "total" }));
            Assert.That(rows[1], Is.EqualTo(new[] { "alice", "15", "10", "0", "5", "5", "0", "35" }));
            Assert.That(rows[2], Is.EqualTo(new[] { "bob, \"the\" builder", "15", "", "", "", "5", "", "20" }));
            Assert.That(rows, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public void Write_FixedColumns_KeepsTheirOrder()
    {
        using var writer = new StringWriter();

        new CsvGradebook(["bce", "toy-network"]).Write(Class(), writer);

        Assert.That(ParseCsv(writer.ToString())[0], Is.EqualTo(new[] { "submission", "bce", "toy-network", "total" }));
    }

    [TestCase("=1+1")]
    [TestCase("+1")]
    [TestCase("-1")]
    [TestCase("@A1")]
    [TestCase("\tx")]
    [TestCase("\rx")]
    [TestCase("=\"quoted\", and, commas")]
    public void Write_NameAFormulaCouldStartWith_IsPrefixedWithAQuote(string name)
    {
        // Given a submission named like a spreadsheet formula
        var report = new ScoreReport(name, [ReportFixtures.ToyTransposed()], [], TimeSpan.Zero);

        // When the csv format is written
        var rows = ParseCsv(Render([report]));

        // Then the cell reads back as the name after a leading ' (OWASP), and the scores as numbers
        Assert.That(rows[1], Is.EqualTo(new[] { "'" + name.Replace("\t", "\\t").Replace("\r", "\\r"), "15", "15" }));
    }

    /// <summary>A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes, equal field counts.</summary>
    internal static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }

            if (text[i] == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r' && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i += 2;
            }
            else if (text[i] is '"' or '\n' or '\r')
            {
                throw new FormatException($"bad CSV at offset {i}");
            }
            else
            {
                field.Append(text[i++]);
            }
        }

        Assert.That(rows.Select(r => r.Length).Distinct().Count(), Is.EqualTo(1), "every record has the same number of fields");
        return rows;
    }
}
