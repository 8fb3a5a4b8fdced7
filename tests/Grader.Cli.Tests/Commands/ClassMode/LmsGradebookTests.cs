using System.Text;
using Grader.Courses;

namespace Grader.Cli.Tests.Commands.ClassMode;

/// <summary>
/// Gradebooks a spreadsheet or an LMS opens, from a class whose folder names are LibreOffice formula
/// payloads: every text cell is inert (a leading <c>'</c>), the files are UTF-8 with a byte order mark,
/// the LMS files have the columns their imports expect, and the repository's own CSV reader reads them back.
/// </summary>
[TestFixture]
internal sealed class LmsGradebookTests
{
    /// <summary>Cells LibreOffice and Excel run as formulas (or DDE) when a CSV is opened.</summary>
    private static readonly string[] Payloads =
        ["=1+2", "=HYPERLINK(\"http:\u2044\u2044evil.example\",\"grades\")", "@SUM(1+1)*cmd|' \u2044C calc'!A0", "+cmd|' \u2044C calc'!A0", "-2+3", "\tx=1"];

    private GeneratedClass _class = null!;
    private string _output = null!;

    [OneTimeSetUp]
    public async Task GradeAClassOfPayloads()
    {
        _class = GeneratedClass.Create(1);
        foreach (var payload in Payloads)
        {
            _class.Add(payload, "python-correct");
        }

        _output = _class.Out("hw3");
        var run = await CliRun.Run(_class.Root, GradeClassTests.Grade(_class.Submissions, _output, "--gradebook", "canvas"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
    }

    [OneTimeTearDown]
    public void RemoveTheClass() => _class.Dispose();

    [TestCase("gradebook.csv")]
    [TestCase("gradebook-canvas.csv")]
    public void Grade_FormulaPayloadNames_EveryCellInertAndTheFileHasABom(string file)
    {
        // Given the file's bytes
        var bytes = File.ReadAllBytes(Path.Combine(_output, file));

        // Then it starts with UTF-8's byte order mark, and read back by the roster's CSV reader
        Assert.That(bytes.Take(3), Is.EqualTo(Encoding.UTF8.GetPreamble()));
        var records = Read(bytes, file);

        // every payload is a row of its own whose name cell starts with ', and no cell starts a formula
        Assert.That(records, Has.Count.EqualTo(Payloads.Length + 2));
        var names = records.Skip(1).Select(r => r.Cells[0].Text).ToList();
        foreach (var payload in Payloads)
        {
            Assert.That(names, Does.Contain("'" + payload.Replace("\t", "\\t", StringComparison.Ordinal)), payload);
        }

        var cells = records.SelectMany(r => r.Cells).Select(c => c.Text).Where(t => t.Length > 0);
        Assert.That(cells.Where(t => t[0] is '=' or '+' or '@' or '\t' or '\r' || (t[0] == '-' && !double.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out _))), Is.Empty);
    }

    [Test]
    public void Grade_CanvasGradebook_HasCanvasImportColumnsAndTheScores()
    {
        var records = Read(File.ReadAllBytes(Path.Combine(_output, "gradebook-canvas.csv")), "gradebook-canvas.csv");

        Assert.That(records[0].Cells.Select(c => c.Text), Is.EqualTo(new[] { "Student", "ID", "SIS User ID", "SIS Login ID", "Section", "hw3" }));
        Assert.That(records.Skip(1).Select(r => r.Cells[5].Text), Has.All.EqualTo("35"), "toy-network and softmax-ce, each correct");
    }

    private static List<CsvRecord> Read(byte[] bytes, string file) =>
        new CsvReader(file, ExportText.Decode(bytes, file)).Records(1000);
}
