using System.Text;
using Grader.Courses;
using Grader.Specs;

namespace Grader.Core.Tests.Courses;

public sealed class RosterImportTests
{
    private const string CanvasHeader = "Student,ID,SIS User ID,SIS Login ID,Section,Homework 1 (101),Current Score";

    private static ImportedRoster Parse(string text) => RosterImport.Parse(Encoding.UTF8.GetBytes(text), "export.csv");

    private static SpecException Refused(string text) => Refused(Encoding.UTF8.GetBytes(text));

    private static SpecException Refused(byte[] bytes) => Assert.Throws<SpecException>(() => RosterImport.Parse(bytes, "export.csv"))!;

    [Test]
    public void Parse_CanvasExport_ReadsIdLoginAndNameSkippingPointsPossibleAndTestStudent()
    {
        // Given: Canvas's export as it downloads: a BOM, CRLF, the Points Possible row, the Test Student
        var text = "\uFEFF" + CanvasHeader + "\r\n"
            + "    Points Possible,,,,,10.00,\r\n"
            + "\"Martin, Alice\",12345,S001,amartin,Section A,8.50,85.00\r\n"
            + "\"Student, Test\",999,,,Section A,,\r\n"
            + "\"Ng, Bob\",678,,,Section B,-,0\r\n";

        // When
        var roster = Parse(text);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(roster.Source, Is.EqualTo(RosterSource.Canvas));
            Assert.That(roster.File, Is.EqualTo("export.csv"));
            Assert.That(roster.SkippedRows, Is.EqualTo(2));
            Assert.That(roster.Students.Select(s => (s.Id, s.Name, s.Login, s.Line)), Is.EqualTo(new[]
            {
                ("12345", "Martin, Alice", (string?)"amartin", 3),
                ("678", "Ng, Bob", null, 5),
            }));
            Assert.That(roster.Students.All(s => s.Names.Count == 0));
        });
    }

    [Test]
    public void Parse_MoodleExport_ReadsIdNumberUsernameOrEmailAndFullName()
    {
        // Given: Moodle's grader report export ("-" is its empty grade)
        var text = "First name,Surname,ID number,Institution,Department,Username,Email address,Assignment: HW1 (Real),Last downloaded from this course\n"
            + "Alice,Martin,s12345,Uni,CS,amartin,alice.martin@uni.example,8.00,1700000000\n"
            + "Bob,Ng,s678,Uni,CS,,bob.ng@uni.example,-,1700000000\n";

        var roster = Parse(text);

        Assert.That(roster.Source, Is.EqualTo(RosterSource.Moodle));
        Assert.That(roster.Students.Select(s => (s.Id, s.Name, s.Login, s.Line)), Is.EqualTo(new[]
        {
            ("s12345", "Alice Martin", (string?)"amartin", 2),
            ("s678", "Bob Ng", "bob.ng", 3),
        }));
    }

    [Test]
    public void Parse_EuropeanMoodleWithSemicolons_ReadsTheCellsWithCommas()
    {
        var text = "First name;Last name;ID number;Email address;Quiz: Test (Real)\n"
            + "Zoë;\"Müller; Jr\";4711;zoe@uni.example;7,50\n";

        var student = Parse(text).Students.Single();

        Assert.That((student.Id, student.Name, student.Login), Is.EqualTo(("4711", "Zoë Müller; Jr", "zoe")));
    }

    [Test]
    public void Parse_TwoEmailsWithOneLocalPart_NeitherGetsThatLogin()
    {
        var text = "First name,Last name,ID number,Email address\n"
            + "Alice,Martin,1,alice@cs.example\n"
            + "Alice,Wong,2,ALICE@math.example\n"
            + "Bob,Ng,3,bob@cs.example\n";

        var logins = Parse(text).Students.Select(s => s.Login);

        Assert.That(logins, Is.EqualTo(new[] { null, null, "bob" }));
    }

    [Test]
    public void Parse_QuotedCellsWithLineBreaksAndQuotes_KeepPhysicalLines()
    {
        // Given: a name spanning two lines and one with doubled quotes
        var text = "Student,ID,SIS Login ID\n"
            + "\"Martin,\nAlice\",1,am\n"
            + "\"Ng, Bob \"\"Bobby\"\"\",2,bn\n";

        var students = Parse(text).Students;

        Assert.That(students.Select(s => (s.Name, s.Line)), Is.EqualTo(new[] { ("Martin,\nAlice", 2), ("Ng, Bob \"Bobby\"", 4) }));
    }

    [Test]
    public void Parse_Utf16WithByteOrderMark_IsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Student\tID\tSIS Login ID\r\nMüller, Jörg\t42\tjm\r\n")).ToArray();

        var student = RosterImport.Parse(bytes, "export.csv").Students.Single();

        Assert.That((student.Id, student.Name, student.Login), Is.EqualTo(("42", "Müller, Jörg", "jm")));
    }

    [Test]
    public void Parse_WindowsCodePage_NamesTheLineAndSaysToExportUtf8()
    {
        // Given: "Müller" in Latin-1, as Excel's "CSV (Comma delimited)" writes it, on line 3
        var bytes = Encoding.UTF8.GetBytes("Student,ID\n\"Ng, Bob\",2\n\"M").Concat(new byte[] { 0xFC }).Concat(Encoding.UTF8.GetBytes("ller, Jo\",3\n")).ToArray();

        var error = Refused(bytes);

        Assert.That(error.Location, Is.EqualTo(new SourceLocation("export.csv", 3, 3)));
        Assert.That(error.Render(), Does.Contain("not UTF-8").And.Contain("CSV UTF-8"));
    }

    [Test]
    public void Parse_Utf16WithoutByteOrderMark_IsRefused()
    {
        var error = Refused(Encoding.Unicode.GetBytes("Student,ID\n"));

        Assert.That(error.Message, Does.StartWith("export.csv:1:2:").And.Contain("UTF-16 without a byte-order mark"));
    }

    [Test]
    public void Parse_UnknownHeader_ListsItsColumnsAndWhatWasExpected()
    {
        var error = Refused("Name,Matrikel,Mail\nAlice,1,a@x\n");

        Assert.That(error.Message, Does.StartWith("export.csv:1:1:").And.Contain("neither a Canvas nor a Moodle").And.Contain("'Name', 'Matrikel', 'Mail'"));
        Assert.That(error.Hint, Does.Contain("Student and ID").And.Contain("ID number"));
    }

    [Test]
    public void Parse_MoodleWithoutIdNumber_NamesTheColumn()
    {
        var error = Refused("First name,Last name,Email address\nAlice,Martin,a@x\n");

        Assert.That(error.Message, Does.Contain("a Moodle export without the column(s) 'ID number'"));
    }

    [Test]
    public void Parse_CanvasWithoutId_NamesTheColumn()
    {
        var error = Refused("Student,SIS Login ID\nAlice,am\n");

        Assert.That(error.Message, Does.Contain("a Canvas export without the column(s) 'ID'"));
    }

    [TestCase("=HYPERLINK(\"http://x\")", "'='")]
    [TestCase("+1+cmd|' /C calc'!A0", "'+'")]
    [TestCase("-2+3", "'-'")]
    [TestCase("@SUM(A1)", "'@'")]
    [TestCase("  =1+1", "'='")]
    [TestCase("\t=1", "'\\t'")]
    public void Parse_FormulaInACellItReads_NamesLineAndColumn(string cell, string shown)
    {
        var quoted = "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var text = CanvasHeader + "\n\"Martin, Alice\",1,,am,A,1,1\n\"Ng, Bob\",2,,bn,A,1,1\n" + quoted + ",3,,x,A,1,1\n";

        var error = Refused(text);

        Assert.That(error.Location, Is.EqualTo(new SourceLocation("export.csv", 4, 1)));
        Assert.That(error.Message, Does.Contain($"the Student cell starts with {shown}: a spreadsheet would run it as a formula"));
    }

    [Test]
    public void Parse_FormulaInALogin_NamesItsColumn()
    {
        var error = Refused("Student,ID,SIS Login ID\nAlice,1,@evil\n");

        Assert.That(error.Location, Is.EqualTo(new SourceLocation("export.csv", 2, 9)));
        Assert.That(error.Message, Does.Contain("the SIS Login ID cell starts with '@'"));
    }

    [Test]
    public void Parse_DuplicateId_NamesBothLines()
    {
        var error = Refused("Student,ID\nAlice,1\nBob,2\nCarol,1\n");

        Assert.That(error.Message, Does.StartWith("export.csv:4:").And.Contain("'1' is the ID of two rows (lines 2 and 4)"));
    }

    [Test]
    public void Parse_DuplicateUsername_NamesBothLines()
    {
        var error = Refused("First name,Last name,ID number,Username\nA,M,1,al\nB,N,2,AL\n");

        Assert.That(error.Message, Does.Contain("'AL' is the login of two rows (lines 2 and 3)"));
    }

    [TestCase("")]
    [TestCase("\uFEFF")]
    [TestCase("\r\n\r\n")]
    public void Parse_Empty_SaysSo(string text)
    {
        var error = Refused(text);

        Assert.That(error.Render(), Does.StartWith("export.csv: error: the export is empty"));
    }

    [Test]
    public void Parse_HeaderOnly_SaysNoStudents()
    {
        var error = Refused(CanvasHeader + "\n    Points Possible,,,,,10,\n");

        Assert.That(error.Message, Does.Contain("the Canvas export lists no students"));
    }

    [Test]
    public void Parse_RowWithMissingCells_NamesTheLine()
    {
        var error = Refused("Student,ID,SIS Login ID\nAlice,1,am\n\nBob,2\n");

        Assert.That(error.Render(), Does.StartWith("export.csv:4: error: a row of 2 cells, but the header (line 1) has 3").And.Contain("4 | Bob,2"));
    }

    [Test]
    public void Parse_UnterminatedQuote_NamesWhereItOpens()
    {
        var error = Refused("Student,ID\nAlice,1\n\"Ng, Bob,2\nCarol,3\n");

        Assert.That(error.Location, Is.EqualTo(new SourceLocation("export.csv", 3, 1)));
        Assert.That(error.Message, Does.Contain("never closed"));
    }

    [Test]
    public void Parse_TextAfterClosingQuote_IsRefused()
    {
        var error = Refused("Student,ID\n\"Ng\" Bob,2\n");

        Assert.That(error.Location, Is.EqualTo(new SourceLocation("export.csv", 2, 5)));
    }

    [Test]
    public void Parse_MoodleRowWithoutIdNumber_NamesTheLineAndWhereToSetIt()
    {
        var error = Refused("First name,Last name,ID number,Username\nA,M,1,al\nB,N,,bn\n");

        Assert.That(error.Message, Does.StartWith("export.csv:3: a student without an ID number"));
        Assert.That(error.Hint, Does.Contain("ID number"));
    }

    [Test]
    public void Parse_CanvasStudentWithoutId_NamesTheLine()
    {
        var error = Refused("Student,ID\nAlice,\n");

        Assert.That(error.Message, Does.StartWith("export.csv:2: a student without an ID"));
    }

    [Test]
    public void Parse_MoreRowsThanTheBound_IsRefused()
    {
        var text = new StringBuilder("Student,ID\n");
        for (var i = 1; i <= RosterImport.MaxStudents + 1; i++)
        {
            text.Append('s').Append(i).Append(',').Append(i).Append('\n');
        }

        var error = Refused(text.ToString());

        Assert.That(error.Message, Does.StartWith("export.csv:100002:").And.Contain("more than 100,000 rows"));
    }

    [Test]
    public void Read_FileLargerThanTheBound_IsRefusedBeforeReading()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("grader-roster-").FullName, "huge.csv");
        using (var stream = File.Create(path))
        {
            stream.SetLength(RosterImport.MaxBytes + 1);
        }

        var error = Assert.Throws<SpecException>(() => RosterImport.Read(path, "huge.csv"))!;

        Assert.That(error.Render(), Does.StartWith("huge.csv: error: the export is 10,485,761 bytes"));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Test]
    [SetCulture("de-DE")]
    public void Read_RealFile_ReadsIt()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("grader-roster-").FullName, "grades.csv");
        File.WriteAllText(path, "Student,ID\nAlice,1\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var roster = RosterImport.Read(path, "grades.csv");

        Assert.That(roster.Students.Single().Id, Is.EqualTo("1"));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}
