using Grader.Courses;

namespace Grader.Core.Tests.Courses;

public sealed class CsvReaderTests
{
    private static List<string[]> Cells(string text) =>
        [.. new CsvReader("f.csv", text).Records(100).Select(r => r.Cells.Select(c => c.Text).ToArray())];

    [TestCase("a,b\r\n1,2\r\n")]
    [TestCase("a,b\n1,2")]
    [TestCase("a,b\r1,2\r")]
    [TestCase("a;b\n1;2\n")]
    [TestCase("a\tb\n1\t2\n")]
    [TestCase("\"a\",\"b\"\n\"1\",\"2\"\n")]
    public void Records_AnyLineEndOrDelimiter_SameCells(string text)
    {
        Assert.That(Cells(text), Is.EqualTo(new[] { new[] { "a", "b" }, new[] { "1", "2" } }));
    }

    [Test]
    public void Delimiter_QuotedCommasInASemicolonHeader_IsTheSemicolon()
    {
        Assert.That(new CsvReader("f.csv", "\"a,b,c\";d;e\n").Delimiter, Is.EqualTo(';'));
        Assert.That(new CsvReader("f.csv", "a\n").Delimiter, Is.EqualTo(','));
    }

    [Test]
    public void Records_EmptyCellsAndBlankLines_KeepsCellsSkipsLines()
    {
        Assert.That(Cells("a,b,\n\n  \n,,\n"), Is.EqualTo(new[] { new[] { "a", "b", "" }, new[] { "", "", "" } }));
    }

    [Test]
    public void Records_QuoteInsideAPlainCell_IsText()
    {
        Assert.That(Cells("O\"Brien,x\n")[0], Is.EqualTo(new[] { "O\"Brien", "x" }));
    }

    [Test]
    public void Records_CellsAfterAMultiLineCell_KnowTheirPhysicalLineAndColumn()
    {
        // Given: a quoted cell over three lines (CRLF inside it), then a cell on its last line
        var records = new CsvReader("f.csv", "h1,h2\r\n\"x\r\ny\r\nz\",w\r\nnext,row\r\n").Records(100);

        Assert.That(records[1].Cells[0].Text, Is.EqualTo("x\r\ny\r\nz"));
        Assert.That((records[1].Line, records[1].Cells[1].Line, records[1].Cells[1].Column), Is.EqualTo((2, 4, 4)));
        Assert.That(records[2].Line, Is.EqualTo(5));
    }

    [Test]
    public void LineText_LongLine_IsNotQuoted()
    {
        var reader = new CsvReader("f.csv", "a,b\n" + new string('x', 300) + "\n");

        Assert.That(reader.LineText(1), Is.EqualTo("a,b"));
        Assert.That(reader.LineText(2), Is.Null);
    }
}
