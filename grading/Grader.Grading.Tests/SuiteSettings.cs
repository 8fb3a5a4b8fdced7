using System.Reflection;

namespace Grader.Grading.Tests;

/// <summary>
/// Where the suite finds its course and class, and how it labels tests for Gradescope: the runsettings
/// parameters (<c>grading.runsettings</c>, or <c>-- TestRunParameters.Parameter(...)</c> on the
/// command line), then the environment, then the defaults.
/// </summary>
internal static class SuiteSettings
{
    /// <summary>The environment variable that names the submissions when the runsettings do not.</summary>
    public const string SubmissionsVariable = "GRADER_SUBMISSIONS";

    /// <summary>The repository the suite was built in: it holds <c>problems/</c> and, by default, <c>submissions/</c>.</summary>
    public static string Home { get; } =
        typeof(SuiteSettings).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "GraderHome").Value!;

    public static string Problems => Path.Combine(Home, "problems");

    /// <summary>The submissions to grade: a submission, a class, or a folder of them (relative paths are the repository's).</summary>
    public static string Submissions { get; } = Path.GetFullPath(Path.Combine(Home, Given("submissions", SubmissionsVariable) ?? "submissions"));

    /// <summary>The submissions folder as the instructor would type it at the repository's root.</summary>
    public static string SubmissionsShown
    {
        get
        {
            var relative = Path.GetRelativePath(Home, Submissions);
            return relative.StartsWith("..", StringComparison.Ordinal) ? Submissions : relative;
        }
    }

    /// <summary>Gradescope's visibility of the problem tests (the grades test is always <c>hidden</c>: it is the instructor's).</summary>
    public static string Visibility { get; } = Given("visibility", null) ?? "after_published";

    private static string? Given(string parameter, string? variable)
    {
        var value = TestContext.Parameters.Get(parameter, string.Empty);
        if (string.IsNullOrWhiteSpace(value) && variable is not null)
        {
            value = Environment.GetEnvironmentVariable(variable);
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
