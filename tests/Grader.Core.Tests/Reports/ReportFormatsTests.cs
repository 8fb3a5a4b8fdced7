using Grader.Reports;

namespace Grader.Core.Tests.Reports;

public sealed class ReportFormatsTests
{
    [TestCase("table", typeof(TableReport))]
    [TestCase("json", typeof(JsonReport))]
    [TestCase("md", typeof(MarkdownReport))]
    [TestCase("gradescope", typeof(GradescopeReport))]
    [TestCase("junit", typeof(JUnitReport))]
    [TestCase("csv", typeof(CsvGradebook))]
    public void Get_KnownName_ReturnsThatFormat(string name, Type type)
    {
        var format = ReportFormats.Get(name);

        Assert.Multiple(() =>
        {
            Assert.That(format, Is.InstanceOf(type));
            Assert.That(format.Name, Is.EqualTo(name));
        });
    }

    [Test]
    public void Get_UnknownName_ListsTheKnownOnes()
    {
        Assert.That(
            () => ReportFormats.Get("xml"),
            Throws.ArgumentException.With.Message.StartsWith("unknown report format 'xml' (known: table, json, md, gradescope, junit, csv)"));
    }

    [Test]
    public void Score_OfAReport_SumsItsProblems()
    {
        var report = ReportFixtures.Sample();

        Assert.Multiple(() =>
        {
            // toy 15 (W1 transposed), softmax 10 (nan in one of 3 cases), lr 0 (timeout), elastic 5, bce 5 (answers), missing 0.
            Assert.That(report.Score, Is.EqualTo(35));
            Assert.That(report.MaxScore, Is.EqualTo(70));
        });
    }
}
