namespace Grader.Cli.Tests.Parsing;

/// <summary>What a user who mistypes sees: what is wrong, and where to look.</summary>
internal sealed class UsageTests
{
    [Test]
    public async Task Grade_MistypedOption_NamesItAndTheHelp()
    {
        var run = await CliRun.InRepository("grade", "submissions/examples/answers", "--tmeout", "10s");

        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.Failed));
        Assert.That(run.Error, Does.Contain("Unknown option 'tmeout'").And.Contain("./grader grade --help"));
    }

    [Test]
    public async Task List_UnknownFormat_ListsTheFormats()
    {
        var run = await CliRun.InRepository("list", "--format", "xml");

        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.Failed));
        Assert.That(run.Error, Does.Contain("Argument 'xml' not recognized. Must be one of: 'table', 'json', 'md'"));
    }

    [Test]
    public async Task Merge_WithoutOut_SaysItIsRequired()
    {
        var run = await CliRun.InRepository("merge", "out/shard-1");

        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.Failed));
        Assert.That(run.Error, Does.Contain("Option '--out' is required."));
    }

    [Test]
    public async Task NoCommand_ShowsTheCommands()
    {
        var run = await CliRun.InRepository();

        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.Failed));
        Assert.That(run.Output, Does.Contain("grade").And.Contain("merge").And.Contain("bench"));
        Assert.That(run.Error, Does.Contain("give a command"));
    }

    [Test]
    public async Task Help_SaysGraderAndListsTestAndGradescope()
    {
        var run = await CliRun.InRepository("--help");

        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(run.Output, Does.Contain("grader [OPTIONS] <COMMAND>").And.Not.Contain("Grader.Cli"));
        Assert.That(run.Output, Does.Match(@"\n\s+test\s+Run Grader's own test suite"));
        Assert.That(run.Output, Does.Match(@"\n\s+gradescope\s+Build a Gradescope autograder zip"));
    }

    [Test]
    public async Task GradeHelp_ListsEveryOption()
    {
        var run = await CliRun.InRepository("grade", "--help");

        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(run.Output, Does.Contain("--public-only").And.Contain("--shard").And.Contain("-j, --jobs"));
    }
}
