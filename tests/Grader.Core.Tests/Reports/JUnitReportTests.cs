using System.Xml.Linq;
using Grader.Checking;
using Grader.Reports;
using Grader.Testing;

namespace Grader.Core.Tests.Reports;

public sealed class JUnitReportTests
{
    [Test]
    public void Write_SampleSubmission_MatchesSnapshot()
    {
        var text = new JUnitReport().Render(ReportFixtures.Sample());

        Snapshot.Verify(Snapshot.Scrub(text), extension: "xml");
    }

    [Test]
    public void Write_FormulaAnswers_MatchesSnapshot()
    {
        // Given a problem answered by formulas, one read and one not
        var report = ReportFixtures.FormulaAnswers();

        // When junit.xml is written
        var text = new JUnitReport().Render(report);

        // Then the first public testcase's system-out holds the formulas; the file is valid JUnit
        Snapshot.Verify(Snapshot.Scrub(text), extension: "xml");
        Assert.That(JUnitSchema.Validate(text), Is.Empty);
    }

    [Test]
    public void Write_SampleSubmission_IsValidJUnit()
    {
        var text = new JUnitReport().Render(ReportFixtures.Sample());

        Assert.That(JUnitSchema.Validate(text), Is.Empty);
    }

    [Test]
    public void Write_SampleSubmission_OneTestcasePerProblemAndCase()
    {
        var document = XDocument.Parse(new JUnitReport().Render(ReportFixtures.Sample()));

        var suites = document.Root!.Elements("testsuite").ToList();
        var toy = suites[0];
        Assert.Multiple(() =>
        {
            Assert.That(suites.Select(s => (string?)s.Attribute("name")), Is.EqualTo(new[]
            {
                "toy-network", "softmax-ce", "lr-range", "elastic-net", "bce", "bce-missing", "files",
            }));
            Assert.That(toy.Elements("testcase").Count(), Is.EqualTo(4));
            Assert.That((string?)toy.Element("testcase")!.Element("failure")!.Attribute("type"), Is.EqualTo("transposed"));
            Assert.That((string?)suites[2].Element("testcase")!.Element("error")!.Attribute("type"), Is.EqualTo("timeout"));
            Assert.That(suites[5].Elements("testcase").Select(c => c.Element("skipped")), Has.All.Not.Null);
            Assert.That((string?)toy.Element("testcase")!.Element("system-out"), Is.EqualTo("loss 2.38554\n"));
        });
    }

    [Test]
    public void Write_PrintedControlCharacters_AreShownEscapedSoTheXmlStaysValid()
    {
        var score = ReportFixtures.ToyTransposed();
        var cases = score.Cases.Select(c => c with { Stdout = "\u001b[31mred\u001b[0m\u0000" }).ToList();
        var report = new ScoreReport("bob", [score with { Cases = cases }], [], TimeSpan.Zero);

        var text = new JUnitReport().Render(report);

        Assert.Multiple(() =>
        {
            Assert.That(JUnitSchema.Validate(text), Is.Empty);
            Assert.That(text, Does.Contain(@"<system-out>\x1b[31mred\x1b[0m\x00</system-out>"));
        });
    }

    [Test]
    public void Validate_BrokenJUnit_ReportsEachProblem()
    {
        const string broken = """
            <testsuites tests="2" failures="0" errors="0">
              <testsuite name="a" tests="1" failures="0" errors="0" time="x">
                <testcase name="c" time="0"><failure message="m"/><error type="e"/></testcase>
                <properties/>
              </testsuite>
            </testsuites>
            """;

        var errors = JUnitSchema.Validate(broken);

        Assert.That(errors, Is.EquivalentTo(new[]
        {
            "<testsuite time=\"x\"> is not a number of seconds",
            "<testsuite a>: <properties> out of order",
            "<testcase> lacks the required attribute classname",
            "<testcase c> has more than one of failure/error/skipped",
            "<failure> lacks the required attribute type",
            "<testsuite a>: counts do not match its test cases",
            "<testsuites tests> is not the sum over its suites",
        }));
    }
}
