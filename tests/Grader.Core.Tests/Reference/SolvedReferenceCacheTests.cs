using System.Text.RegularExpressions;
using Grader.Grading;
using Grader.Reference;
using Grader.Reports;
using Grader.Running;
using Grader.Specs;
using Grader.Values;

namespace Grader.Core.Tests.Reference;

/// <summary>
/// Solved references read back from the cache are the solver's, bit for bit, and the reports graded
/// against them are the same byte for byte (times aside) as against references solved in the run.
/// </summary>
[NonParallelizable]
public sealed class SolvedReferenceCacheTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("grader-references-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Solve_EveryCatalogueProblem_ReadsBackBitForBit()
    {
        var catalog = ProblemCatalog.Load(TestPaths.Problems);
        foreach (var problem in catalog.Problems)
        {
            var solved = new SolvedReferenceCache(_folder).Solve(problem);
            Assert.That(File.Exists(new SolvedReferenceCache(_folder).PathFor(problem)), problem.Id);
            var read = new SolvedReferenceCache(_folder).Solve(problem);
            Assert.That(read, Is.Not.SameAs(solved));
            Assert.That(Describe(read), Is.EqualTo(Describe(solved)), problem.Id);
        }
    }

    [Test]
    public void Solve_FileReadBack_IsNotSolvedAgain()
    {
        var problem = ProblemCatalog.Load(TestPaths.Problems).Find("toy-network")!;
        var cache = new SolvedReferenceCache(_folder);
        cache.Solve(problem);
        var path = cache.PathFor(problem);

        // A planted public output: only a read from the file can return it.
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"name\":\"public\"", "\"name\":\"planted\"", StringComparison.Ordinal));

        Assert.That(cache.Solve(problem).Cases[0].Name, Is.EqualTo("planted"));
    }

    [Test]
    public void Solve_CorruptFile_IsSolvedAgainAndRewritten()
    {
        var problem = ProblemCatalog.Load(TestPaths.Problems).Find("softmax-ce")!;
        var cache = new SolvedReferenceCache(_folder);
        var path = cache.PathFor(problem);
        Directory.CreateDirectory(_folder);
        File.WriteAllText(path, "{\"cases\": [{\"name\": 3}]");

        var solution = cache.Solve(problem);

        Assert.That(Describe(solution), Is.EqualTo(Describe(ProblemSolver.Solve(problem))));
        Assert.That(() => System.Text.Json.JsonDocument.Parse(File.ReadAllText(path)), Throws.Nothing);
    }

    [Test]
    public void PathFor_EditedSpec_IsAnotherFile()
    {
        var problem = ProblemCatalog.Load(TestPaths.Problems).Find("bce")!;
        var text = problem.Spec.File.Text.Replace("seed:", "seed: 1 #", StringComparison.Ordinal);
        var edited = CompiledProblem.Compile(SpecLoader.Load(new SpecFile(problem.Spec.File.Path, text)));
        var cache = new SolvedReferenceCache(_folder);

        Assert.That(cache.PathFor(edited), Is.Not.EqualTo(cache.PathFor(problem)));
    }

    [Test]
    public void Solve_NewFile_RemovesTheProblemsOlderFilesOnly()
    {
        var catalog = ProblemCatalog.Load(TestPaths.Problems);
        var cache = new SolvedReferenceCache(_folder);
        var bce = catalog.Find("bce")!;
        cache.Solve(catalog.Find("bce-minimum")!);
        var stale = Path.Combine(_folder, "bce-" + new string('0', 32) + ".json");
        File.WriteAllText(stale, "{}");

        cache.Solve(bce);

        Assert.That(Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { Path.GetFileName(cache.PathFor(bce)), Path.GetFileName(cache.PathFor(catalog.Find("bce-minimum")!)) }.Order(StringComparer.Ordinal)));
    }

    [Test]
    public void Solve_UnwritableFolder_StillSolves()
    {
        var blocked = Path.Combine(_folder, "file");
        File.WriteAllText(blocked, "not a folder");
        var problem = ProblemCatalog.Load(TestPaths.Problems).Find("bce")!;

        var solution = new SolvedReferenceCache(Path.Combine(blocked, "references")).Solve(problem);

        Assert.That(Describe(solution), Is.EqualTo(Describe(ProblemSolver.Solve(problem))));
    }

    [Test]
    public async Task Grade_CachedReferences_ReportsAreByteIdentical()
    {
        var catalog = ProblemCatalog.Load(TestPaths.Problems);
        foreach (var problem in catalog.Problems)
        {
            new SolvedReferenceCache(_folder).Solve(problem);
        }

        var solved = GradingPlan.Create(catalog.Problems, RunLimits.Default);
        var cached = GradingPlan.Create(catalog.Problems, RunLimits.Default, references: new SolvedReferenceCache(_folder));
        using var runner = new SubmissionRunner(new SandboxOptions());
        var options = new GradingOptions(new SandboxOptions());
        foreach (var example in new[] { "python-correct", "toy-relu-mask-missing", "formulas-mistaken", "softmax-naive-exp", "nielsen-delta-not-propagated", "answers" })
        {
            var path = Path.Combine(TestPaths.Examples, example);
            var a = await new SubmissionGrader(solved, runner, options).GradeAsync(path);
            var b = await new SubmissionGrader(cached, runner, options).GradeAsync(path);
            foreach (var format in ReportFormats.Names)
            {
                Assert.That(WithoutTimes(ReportFormats.Get(format).Render(b)), Is.EqualTo(WithoutTimes(ReportFormats.Get(format).Render(a))), $"{example} as {format}");
            }
        }
    }

    /// <summary>How long grading took and when differ between two gradings; nothing else may.</summary>
    private static string WithoutTimes(string report) =>
        Regex.Replace(report, @"(""execution_time"": ?)[0-9.eE+-]+|(\btime="")[^""]*|(\btimestamp="")[^""]*|(""graded_at"": ?"")[^""]*", m => m.Groups[1].Value + m.Groups[2].Value + m.Groups[3].Value + m.Groups[4].Value + "T");

    /// <summary>Every field of every case, doubles as their bits.</summary>
    private static string Describe(ProblemSolution solution) =>
        string.Join("\n", solution.Cases.Select(c => string.Join(" | ",
            c.Name, c.Hidden, c.Case.Group ?? "-",
            string.Join(",", c.Case.Dims.Scalars.Select(d => $"{d.Key}={d.Value}")),
            string.Join(",", c.Case.Dims.Lists.Select(d => $"{d.Key}=[{string.Join(",", d.Value)}]")),
            Values(c.Case.Inputs), string.Join(";", c.Arguments.Select(Bits)), Values(c.Expected), Values(c.Lower), Values(c.Upper),
            BitConverter.DoubleToInt64Bits(c.KinkDistance),
            string.Join(";", c.Mistakes.Select(m => m is null ? "null" : Values(m))))));

    private static string Values(IReadOnlyDictionary<string, Value> values) => string.Join(";", values.Select(v => $"{v.Key}:{Bits(v.Value)}"));

    private static string Bits(Value value) => value switch
    {
        Tensor t => $"{(t.IsInteger ? "int" : "float")}({string.Join(",", t.Shape)})[{string.Join(",", t.Span.ToArray().Select(x => double.IsNaN(x) ? "nan" : BitConverter.DoubleToInt64Bits(x).ToString(System.Globalization.CultureInfo.InvariantCulture)))}]",
        TensorList l => $"list[{string.Join(",", l.Items.Select(Bits))}]",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };
}
