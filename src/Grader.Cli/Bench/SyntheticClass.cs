using System.Globalization;

namespace Grader.Cli.Bench;

/// <summary>
/// A class of Python submissions that each implement the whole catalogue, made from the examples:
/// every third student hands in <c>python-correct</c> as is; the others hand it in with one
/// mistake example appended, whose later <c>def</c> replaces the correct function.
/// </summary>
internal sealed class SyntheticClass
{
    public const string CorrectTemplate = "python-correct";

    private SyntheticClass(string folder, IReadOnlyList<string> submissions)
    {
        Folder = folder;
        Submissions = submissions;
    }

    public string Folder { get; }

    /// <summary>Each student's submission folder, in order.</summary>
    public IReadOnlyList<string> Submissions { get; }

    /// <summary>How many students hand in the correct solutions unchanged.</summary>
    public static int CorrectCount(int students) => (students + 2) / 3;

    /// <param name="examples">The examples folder (<c>submissions/examples</c>).</param>
    public static SyntheticClass Write(string examples, string folder, int students)
    {
        var correct = Directory.GetFiles(Path.Combine(examples, CorrectTemplate), "*.py").SingleOrDefault()
            ?? throw new DirectoryNotFoundException($"{examples}: no {CorrectTemplate}/ example with one .py file");
        var correctSource = File.ReadAllText(correct);
        var mistakes = MistakeSources(examples);
        var submissions = new List<string>(students);
        for (var i = 0; i < students; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"student-{i + 1:00000}");
            var (template, extra) = i % 3 == 0 ? (CorrectTemplate, string.Empty) : mistakes[i % mistakes.Count];
            var student = Path.Combine(folder, name);
            Directory.CreateDirectory(student);
            File.WriteAllText(
                Path.Combine(student, "solutions.py"),
                $"# {name} ({template})\n{correctSource}\n\n# ---- {template}\n{extra}");
            submissions.Add(student);
        }

        return new SyntheticClass(folder, submissions);
    }

    /// <summary>The single-file Python mistake examples, by folder name: numpy work (a PyTorch example is <c>bench --torch</c>'s).</summary>
    private static List<(string Template, string Source)> MistakeSources(string examples) =>
    [
        .. Directory.GetDirectories(examples)
            .Select(d => (Template: Path.GetFileName(d), Files: Directory.GetFiles(d, "*.py")))
            .Where(e => e.Template != CorrectTemplate && e.Template != TorchBenchmark.TorchExample && e.Files.Length == 1)
            .OrderBy(e => e.Template, StringComparer.Ordinal)
            .Select(e => (e.Template, File.ReadAllText(e.Files[0]))),
    ];
}
