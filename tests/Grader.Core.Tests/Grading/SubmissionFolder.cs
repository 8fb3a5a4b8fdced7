using Grader.Grading;
using Grader.Reference;
using Grader.Reports;
using Grader.Running;
using Grader.Testing;

namespace Grader.Core.Tests.Grading;

/// <summary>
/// A temporary submission folder, graded for real (sandbox, runner, checker) against some catalogue
/// problems: the fixture of the tests that grade answers, formulas and write-ups end to end.
/// </summary>
internal sealed class SubmissionFolder : IDisposable
{
    public SubmissionFolder(string prefix) => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    /// <summary>A plan of the named catalogue problems (the others stay known, so their answers are not "unknown").</summary>
    public static GradingPlan Plan(params string[] problems)
    {
        var catalog = ProblemCatalog.Load(TestPaths.Problems);
        return GradingPlan.Create(catalog.Problems.Where(p => problems.Contains(p.Id)), RunLimits.Default, catalogue: catalog.Problems);
    }

    public Task Write(string file, string text) => File.WriteAllTextAsync(System.IO.Path.Combine(Path, file), text);

    public async Task<ScoreReport> Grade(GradingPlan plan)
    {
        using var runner = new SubmissionRunner(new SandboxOptions());
        return await new SubmissionGrader(plan, runner, new GradingOptions(new SandboxOptions())).GradeAsync(Path);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
