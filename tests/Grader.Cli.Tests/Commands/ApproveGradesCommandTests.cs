using System.Text.Json;
using Grader.Class.GradeSnapshots;
using Grader.Cli.Tests.Commands.ClassMode;
using Grader.Reports;

namespace Grader.Cli.Tests.Commands;

/// <summary><c>./grader approve-grades</c> grades as the grading suite does and accepts the grades beside each submission.</summary>
internal sealed class ApproveGradesCommandTests
{
    [Test]
    public async Task ApproveGrades_NewAndChangedGrades_AcceptsBothAndSaysWhatMoved()
    {
        // Given a class of two: one never accepted, one whose accepted toy-network score is not what it now scores
        using var generated = GeneratedClass.Create(2, ["toy-scaled", "toy-transposed"]);
        var moved = GradeSnapshotFile.VerifiedPath(Path.Combine(generated.Submissions, "student-002"));
        File.WriteAllText(moved, "{\n  \"submission\": \"student-002\",\n  \"score\": 20,\n  \"max_score\": 20,\n  \"problems\": {\n"
            + "    \"toy-network\": {\"status\": \"passed\", \"score\": 20, \"max_score\": 20, \"diagnoses\": []}\n  }\n}\n");
        File.WriteAllText(GradeSnapshotFile.ReceivedPath(Path.Combine(generated.Submissions, "student-002")), "stale");

        // When their grades are approved
        var run = await CliRun.Run(generated.Root, "approve-grades", "class", "--problems", Path.Combine(CliRun.Repository, "problems"));

        // Then both files hold the grades as graded now, the diff of the moved one is shown, and no received file is left
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("student-001: grades accepted into"));
        Assert.That(run.Output, Does.Contain("student-002: changed grades accepted into").And.Contain("- ").And.Contain("\"status\": \"passed\""));
        Assert.That(run.Output, Does.Contain("approve-grades: 2 submission(s): 1 accepted for the first time, 1 changed and accepted, 0 unchanged"));
        Assert.That(ToyNetwork(moved).GetProperty("diagnoses")[0].GetString(), Is.EqualTo("transposed"));
        Assert.That(ToyNetwork(GradeSnapshotFile.VerifiedPath(Path.Combine(generated.Submissions, "student-001"))).GetProperty("diagnoses")[0].GetString(), Is.EqualTo("scaled"));
        Assert.That(Directory.GetFiles(generated.Submissions, "*" + GradeSnapshotFile.ReceivedSuffix), Is.Empty);

        // And approving again changes nothing
        var again = await CliRun.Run(generated.Root, "approve-grades", "class", "--problems", Path.Combine(CliRun.Repository, "problems"));
        Assert.That(again.Output, Is.EqualTo("approve-grades: 2 submission(s): 0 accepted for the first time, 0 changed and accepted, 2 unchanged\n"));
    }

    [Test]
    public async Task ApproveGrades_HostileName_IsAcceptedAndPrintedInert()
    {
        // Given a submission whose folder name clears the terminal
        using var generated = GeneratedClass.Create(0);
        generated.Add("eve\u001b[2J\u202e", "toy-scaled");

        // When its grades are approved
        var run = await CliRun.Run(generated.Root, "approve-grades", "class", "--problems", Path.Combine(CliRun.Repository, "problems"));

        // Then its file is written beside it, and nothing printed acts
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That((run.Output + run.Error).Where(c => InertText.IsActive(c) && c != '\n'), Is.Empty);
        Assert.That(run.Output, Does.Contain("eve\\x1b[2J\\u202e: grades accepted"));
        Assert.That(GradeSnapshotFile.VerifiedPath(Path.Combine(generated.Submissions, "eve\u001b[2J\u202e")), Does.Exist);
    }

    [Test]
    public async Task ApproveGrades_NoSuchFolder_IsBadInput()
    {
        var run = await CliRun.Run(Path.GetTempPath(), "approve-grades", "no-such-class", "--problems", Path.Combine(CliRun.Repository, "problems"));
        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(run.Error, Does.Contain("no submission at"));
    }

    private static JsonElement ToyNetwork(string path) =>
        JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("problems").GetProperty("toy-network");
}
