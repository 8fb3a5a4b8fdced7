using System.Globalization;

namespace Grader.Cli.Tests.Commands.ClassMode;

/// <summary>
/// A class of Python submissions made from the example submissions, correct and mistaken mixed in a
/// fixed order (student-001, student-002, …), each file marked with its student so no two are alike.
/// </summary>
internal sealed class GeneratedClass : IDisposable
{
    /// <summary>Example folders whose one .py file is a submission; three correct, the others each make one mistake (toy-scaled twice, so one diagnosis is the most common).</summary>
    public static readonly string[] Templates =
    [
        "python-correct", "toy-scaled", "python-correct", "toy-transposed", "softmax-zero",
        "python-correct", "toy-relu-mask-missing", "softmax-minus-one", "toy-scaled", "softmax-no-batch-average",
    ];

    private GeneratedClass(string root) => Root = root;

    /// <summary>A scratch folder holding <see cref="Submissions"/> and whatever the test writes beside it.</summary>
    public string Root { get; }

    public string Submissions => Path.Combine(Root, "class");

    public static GeneratedClass Create(int size, IReadOnlyList<string>? templates = null)
    {
        var generated = new GeneratedClass(Directory.CreateTempSubdirectory("grader-class-").FullName);
        templates ??= Templates;
        for (var i = 0; i < size; i++)
        {
            generated.Add(StudentName(i), templates[i % templates.Count]);
        }

        return generated;
    }

    public static string StudentName(int index) => string.Create(CultureInfo.InvariantCulture, $"student-{index + 1:000}");

    /// <summary>Writes (or replaces) a student's submission with the example <paramref name="template"/>.</summary>
    public void Add(string student, string template)
    {
        var folder = Path.Combine(Submissions, student);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var source = Directory.GetFiles(Path.Combine(CliRun.Repository, "submissions", "examples", template), "*.py").Single();
        var text = $"# {student} ({template})\n" + File.ReadAllText(source);
        File.WriteAllText(Path.Combine(folder, Path.GetFileName(source)), text);
    }

    /// <summary>A submission whose toy network never returns: it runs until the wall-time limit.</summary>
    public void AddHanging(string student)
    {
        var folder = Path.Combine(Submissions, student);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "toy.py"), "def toy_network_gradients(X, t, W1, b1, w2, b2):\n    while True:\n        pass\n");
    }

    public string Out(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
