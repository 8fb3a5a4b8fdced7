using Grader.Running;
using Grader.Running.CSharp;
using Grader.Submissions;

namespace Grader.Core.Tests.Running;

/// <summary>
/// Hostile C# sources that attack the compiler rather than the run (issue 10): Roslyn works on them
/// in a separate, limited process, so only that submission's C# files fail and the grader goes on.
/// </summary>
[TestFixture]
internal sealed class HostileCSharpCompileTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "grader-compile-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Open_OverloadResolutionBomb_OnlyItsCSharpFailsWithTheTimeLimit()
    {
        // Given a 600-byte file whose nested lambdas make overload resolution exponential (hours of
        // compiling), next to a correct Python file
        File.WriteAllText(Path.Combine(_folder, "Bomb.cs"), OverloadBomb(depth: 12));
        File.Copy(Problems.Fixture("python-good/solution.py"), Path.Combine(_folder, "solution.py"));

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then the C# file is reported with the limit, the Python is still graded
        Assert.That(submission.FileIssues.Select(i => i.ToString()), Has.One.StartsWith("Bomb.cs:").And.Contain("compiling took longer than 30 s"));
        Assert.That(submission.Attempts["toy-network"].Language, Is.EqualTo(AttemptLanguage.Python));
    }

    [Test]
    public void Open_AfterACompileBomb_NextSubmissionCompiles()
    {
        // Given
        File.WriteAllText(Path.Combine(_folder, "Bomb.cs"), OverloadBomb(depth: 12));
        using (Submission.Open(_folder, Problems.All, Toolchain.Default))
        {
        }

        // When
        using var next = Submission.Open(Problems.Fixture("csharp-good"), Problems.All, Toolchain.Default);

        // Then
        Assert.That(next.FileIssues, Is.Empty);
        Assert.That(next.Attempts["toy-network"].Language, Is.EqualTo(AttemptLanguage.CSharp));
    }

    [Test]
    public void Compile_HugeArrayInitializer_FailsWithTheMemoryLimit()
    {
        // Given 15 MiB of source (under the 16 MiB file limit): Roslyn's tree for it needs several GiB.
        // Time is generous, so the memory limit is what stops it.
        var items = string.Join(",", Enumerable.Repeat("1", 7_500_000));
        var source = "public static class Huge { public static int[] Data = {" + items + "}; }";
        var limits = CompileLimits.Default with { Wall = TimeSpan.FromMinutes(10) };

        // When
        var build = CSharpCompiler.Build([("Huge.cs", source)], limits);

        // Then
        Assert.That(build.Assembly, Is.Null);
        Assert.That(build.Issues.Select(i => i.ToString()), Has.One.StartsWith("Huge.cs:").And.Contain("compiling needed more than 2 GiB of memory"));
    }

    /// <summary>Each level binds its lambda once per overload of M, and again inside each of those.</summary>
    internal static string OverloadBomb(int depth)
    {
        var body = "0";
        for (var i = 0; i < depth; i++)
        {
            body = $"M(v{i} => {body})";
        }

        return $$"""
            using System;
            public static class Bomb
            {
                static int M(Func<int, int> f) => 0; static int M(Func<long, int> f) => 0; static int M(Func<double, int> f) => 0;
                static int M(Func<string, int> f) => 0; static int M(Func<byte, int> f) => 0;
                public static int SoftTargetGrad(double[] y, double[] t) => {{body}};
            }
            """;
    }
}
