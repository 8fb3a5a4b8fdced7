using System.Text.Json;
using System.Text.Json.Nodes;

namespace Grader.Running;

/// <summary>
/// One student's work: a folder, a <c>.zip</c> of one, or a single <c>.py</c>, <c>.ipynb</c>,
/// <c>.cs</c> or <c>answers.yaml</c>. Opening it parses every file (never running any) and finds
/// which problems it attempts; a file that does not parse is a <see cref="FileIssue"/> and the
/// other files still count.
/// </summary>
public sealed partial class Submission : IDisposable
{
    private const long MaxSourceBytes = 16L << 20;

    private readonly string? _temporary;

    private Submission(string name, string root, string? temporary)
    {
        Name = name;
        Root = root;
        _temporary = temporary;
    }

    public string Name { get; }

    /// <summary>The folder holding the submission's files (for a zip or single file: a private copy).</summary>
    public string Root { get; }

    public IReadOnlyList<FileIssue> FileIssues { get; private set; } = [];

    /// <summary>Problem id → how it is attempted. Code wins over answers; Python over C#.</summary>
    public IReadOnlyDictionary<string, Attempt> Attempts { get; private set; } = new Dictionary<string, Attempt>();

    internal IReadOnlyDictionary<string, PythonFile> PythonFiles { get; private set; } = new Dictionary<string, PythonFile>();

    internal CSharpBuild? CSharp { get; private set; }

    internal IReadOnlyDictionary<string, (JsonNode? Answer, int Line)> Answers { get; private set; } =
        new Dictionary<string, (JsonNode?, int)>();

    public static Submission Open(string path, IReadOnlyList<ProblemContract> problems, string? pythonPath = null)
    {
        var (root, name, temporary, staging) = SubmissionFolder.Stage(path);
        var submission = new Submission(name, root, temporary);
        try
        {
            submission.Load(problems, pythonPath, staging);
        }
        catch
        {
            submission.Dispose();
            throw;
        }

        return submission;
    }

    public void Dispose()
    {
        if (_temporary is not null && Directory.Exists(_temporary))
        {
            Directory.Delete(_temporary, recursive: true);
        }
    }

    public override string ToString() => Name;

    private void Load(IReadOnlyList<ProblemContract> problems, string? pythonPath, List<FileIssue> issues)
    {
        var python = new List<PythonFile>();
        var csharp = new List<(string, string)>();
        var files = SubmissionFolder.Files(Root).ToList();
        issues.AddRange(SubmissionFolder.Links(Root).Select(link => new FileIssue(Path.GetRelativePath(Root, link), 0, 0, "a symbolic link; links are not followed, submit the file itself")));
        if (files.Count == 0 && issues.Count == 0)
        {
            issues.Add(new FileIssue(".", 0, 0, "the submission is empty: no files were found"));
        }

        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(Root, file);
            if (relative.Contains('\uFFFD', StringComparison.Ordinal) || !File.Exists(file))
            {
                // Linux allows any bytes in names; .NET sees invalid UTF-8 as U+FFFD and cannot open the file again.
                issues.Add(new FileIssue(relative, 0, 0, "the file name is not valid UTF-8; rename the file and submit again"));
                continue;
            }

            if (new FileInfo(file).Length > MaxSourceBytes)
            {
                if (Path.GetExtension(file).ToLowerInvariant() is ".py" or ".ipynb" or ".cs" or ".yaml" or ".yml")
                {
                    issues.Add(new FileIssue(relative, 1, 1, $"larger than {RunLimits.FormatBytes(MaxSourceBytes)}; not read"));
                }

                continue;
            }

            switch (Path.GetExtension(file).ToLowerInvariant())
            {
                case ".py":
                    python.Add(new PythonFile(relative, File.ReadAllText(file), null));
                    break;
                case ".ipynb":
                    try
                    {
                        var notebook = NotebookSource.Parse(File.ReadAllText(file));
                        python.Add(new PythonFile(relative, notebook.Python, notebook));
                    }
                    catch (JsonException error)
                    {
                        issues.Add(new FileIssue(relative, (int)(error.LineNumber ?? 0) + 1, (int)(error.BytePositionInLine ?? 0) + 1, "not a valid notebook: " + error.Message));
                    }

                    break;
                case ".cs":
                    csharp.Add((relative, File.ReadAllText(file)));
                    break;
                case ".yaml" or ".yml" when Path.GetFileNameWithoutExtension(file).Equals("answers", StringComparison.OrdinalIgnoreCase):
                    Answers = AnswersFile.Read(relative, File.ReadAllText(file), problems, issues);
                    break;
            }
        }

        var functions = ScanPython(python, pythonPath, issues);
        CSharp = csharp.Count > 0 ? CSharpBuild.Compile(csharp) : null;
        issues.AddRange(CSharp?.Issues ?? []);
        FileIssues = issues;
        Attempts = FindAttempts(problems, functions);
    }
}
