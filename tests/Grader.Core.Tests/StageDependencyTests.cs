using System.Text.RegularExpressions;

namespace Grader.Core.Tests;

/// <summary>
/// The data walks the pipeline forward (ARCHITECTURE.md): a stage of Grader.Core may use the stages
/// before it, never one after it. Read from the sources, so a new <c>using</c> that points backwards
/// fails here rather than in a reader's head.
/// </summary>
internal sealed partial class StageDependencyTests
{
    /// <summary>The stages in pipeline order, each a folder of src/Grader.Core.</summary>
    private static readonly string[] Order =
        ["Values", "Specs", "Courses", "Cases", "Reference", "Formulas", "Derivations", "Verification", "Submissions", "Running", "Checking", "Experiments", "Reports", "Grading", "Class"];

    /// <summary>Grader.Worker's message definitions, compiled into Grader.Core too: only the run stage speaks to workers.</summary>
    private static readonly Dictionary<string, string[]> Shared = new() { ["Running"] = ["Worker"] };

    [Test]
    public void Sources_EveryStage_UsesOnlyEarlierStages()
    {
        // Given: every source file of Grader.Core, by stage
        var core = Path.Combine(TestPaths.Repository, "src", "Grader.Core");
        var backwards = new List<string>();

        // When: each file's references to Grader namespaces are read
        foreach (var file in Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(core, file);
            var stage = relative.Split(Path.DirectorySeparatorChar)[0];
            if (stage is "bin" or "obj")
            {
                continue;
            }

            Assert.That(Order, Does.Contain(stage), $"{relative}: a folder of Grader.Core that is no stage; add it to Order and ARCHITECTURE.md");
            var allowed = Order.Take(Array.IndexOf(Order, stage) + 1).Concat(Shared.GetValueOrDefault(stage, [])).ToHashSet();
            var code = StringOrComment().Replace(File.ReadAllText(file), string.Empty);
            var used = GraderNamespace().Matches(code).Select(m => m.Groups[1].Value).ToHashSet();
            backwards.AddRange(used.Where(u => !allowed.Contains(u)).Select(u => $"{relative} uses {u}"));
        }

        // Then: none points to a later stage
        Assert.That(backwards, Is.Empty);
    }

    [GeneratedRegex(@"\bGrader\.(\w+)\b")]
    private static partial Regex GraderNamespace();

    /// <summary>A string literal or a comment: prose there may name any namespace.</summary>
    [GeneratedRegex(@"@?\$?""(?:[^""\\\n]|\\.)*""|//[^\n]*")]
    private static partial Regex StringOrComment();
}
