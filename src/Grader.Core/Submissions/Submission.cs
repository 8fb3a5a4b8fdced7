using System.Text.Json;
using System.Text.Json.Nodes;

using Grader.Derivations;

namespace Grader.Submissions;

/// <summary>
/// One student's work: a folder, a <c>.zip</c> of one, or a single <c>.py</c>, <c>.ipynb</c>,
/// <c>.cs</c> or <c>answers.yaml</c>. Opening it parses every file (never running any) and finds
/// which problems it attempts; a file that does not parse is a <see cref="FileIssue"/> and the
/// other files still count.
/// </summary>
public sealed partial class Submission : IDisposable
{
    private const long MaxSourceBytes = 16L << 20;

    /// <summary>All the sources of one submission together: a folder of 2,000 files of 16 MiB is not read whole.</summary>
    private const long MaxSubmissionSourceBytes = 64L << 20;

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

    /// <summary>The modules its Python imports anywhere (top-level names, as written; never run to find out).</summary>
    internal IReadOnlySet<string> PythonImports { get; private set; } = new HashSet<string>();

    internal CSharpBuild? CSharp { get; private set; }

    /// <summary>The C# sources as read, by relative path (the line a stack trace names is quoted from here).</summary>
    internal IReadOnlyDictionary<string, string> CSharpSources { get; private set; } = new Dictionary<string, string>();

    /// <summary>The Markdown write-ups (<c>*.md</c>, and notebooks' Markdown cells) with the derivations they hold.</summary>
    internal IReadOnlyList<WriteUp> WriteUps => _writeUps;

    private readonly List<WriteUp> _writeUps = [];

    /// <summary>Whose submission answers.yaml says this is (<c>student:</c>); null when it does not say.</summary>
    public StudentClaim? Student { get; private set; }

    internal IReadOnlyDictionary<string, (JsonNode? Answer, int Line, IReadOnlyList<FormulaAnswer> Formulas)> Answers { get; private set; } =
        new Dictionary<string, (JsonNode?, int, IReadOnlyList<FormulaAnswer>)>();

    /// <param name="toolchain">The run stage's Python (to parse with) and C# compiler.</param>
    internal static Submission Open(string path, IReadOnlyList<ProblemContract> problems, IToolchain toolchain)
    {
        var (root, name, temporary, staging) = SubmissionFolder.Stage(path);
        var submission = new Submission(name, root, temporary);
        try
        {
            submission.Load(problems, toolchain, staging);
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

    private void Load(IReadOnlyList<ProblemContract> problems, IToolchain toolchain, List<FileIssue> issues)
    {
        var sources = new Sources(MaxSubmissionSourceBytes);
        var files = SubmissionFolder.Files(Root).ToList();
        if (files.Count == 0 && issues.Count == 0)
        {
            issues.Add(FileIssue.EmptySubmission());
        }

        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(Root, file);
            try
            {
                Read(file, relative, problems, sources, issues);
            }
            catch (FileRefusedException refused)
            {
                issues.Add(refused.Issue);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // Unreadable (permissions, vanished, bad encoding): only this file is lost.
                issues.Add(FileIssue.Unreadable(relative, e.Message.Replace(Root + "/", string.Empty, StringComparison.Ordinal)));
            }
        }

        var functions = ScanPython(sources.Python, toolchain, issues);
        CSharp = sources.CSharp.Count > 0 ? toolchain.CompileCSharp(sources.CSharp) : null;
        CSharpSources = sources.CSharp.ToDictionary(f => f.Item1, f => f.Item2, StringComparer.Ordinal);
        issues.AddRange(CSharp?.Issues ?? []);
        FileIssues = issues;
        Attempts = FindAttempts(problems, functions);
    }
}
