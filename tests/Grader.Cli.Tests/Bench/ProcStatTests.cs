using Grader.Cli.Bench;

namespace Grader.Cli.Tests.Bench;

internal sealed class ProcStatTests
{
    // A real line of /proc/PID/stat (a python3 zygote), with its comm replaced.
    private const string Fields =
        "S 4107 4101 4101 0 -1 4194624 1136 1424 3 5 21 9 30 12 20 0 1 0 4141420 3133440 382 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

    [Test]
    public void Parse_CommandWithSpacesAndParentheses_ReadsTheFieldsAfterTheLastParenthesis()
    {
        // Given a command name that looks like the end of one, and like more fields
        var text = "4108 (a) S 1 (b c)) " + Fields + "\n";

        // When
        var stat = ProcStat.Parse(text);

        // Then fields 4 and 10 to 13 of proc(5) are read after the last ')'
        Assert.That(stat, Is.EqualTo(new ProcStat(4108, "a) S 1 (b c)", 4107, MinorFaults: 1136, ChildMinorFaults: 1424, MajorFaults: 3, ChildMajorFaults: 5)));
        Assert.That(stat!.Value.Faults, Is.EqualTo(1139));
        Assert.That(stat.Value.ChildFaults, Is.EqualTo(1429));
    }

    [TestCase("")]
    [TestCase("4108 (python3")]
    [TestCase("4108 (python3) S 4107 4101")]
    [TestCase("x (python3) " + Fields)]
    public void Parse_NotAStatLine_IsNull(string text)
    {
        Assert.That(ProcStat.Parse(text), Is.Null);
    }

    [Test]
    public void Read_ThisProcess_HasItsParentAndFaults()
    {
        // When this process's own stat is read
        var stat = ProcStat.Read(Environment.ProcessId);

        // Then it is there, with the faults a .NET process has taken by now
        Assert.That(stat, Is.Not.Null);
        Assert.That(stat!.Value.Pid, Is.EqualTo(Environment.ProcessId));
        Assert.That(stat.Value.ParentPid, Is.Positive);
        Assert.That(stat.Value.MinorFaults, Is.GreaterThan(1000));
    }

    [Test]
    public void Read_NoSuchProcess_IsNull()
    {
        Assert.That(ProcStat.Read(int.MaxValue), Is.Null);
    }
}
