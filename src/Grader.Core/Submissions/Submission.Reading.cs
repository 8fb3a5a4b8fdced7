using System.Text;
using Grader.Derivations;

namespace Grader.Submissions;

/// <summary>Reading one file of the submission, every read bounded before it starts.</summary>
public sealed partial class Submission
{
    private string? _answersFile;

    private void Read(string file, string relative, IReadOnlyList<ProblemContract> problems, Sources sources, List<FileIssue> issues)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        var isAnswers = extension is ".yaml" or ".yml"
            && Path.GetFileNameWithoutExtension(file).Equals("answers", StringComparison.OrdinalIgnoreCase);
        if (extension is not (".py" or ".ipynb" or ".cs" or ".md") && !isAnswers)
        {
            return;
        }

        // A name that is not valid UTF-8 cannot be opened again; the folder walk reported it.
        var kind = UnixFileType.Of(file);
        if (kind != FileKind.Regular)
        {
            if (UnixFileType.IsSpecial(kind))
            {
                throw new FileRefusedException(FileIssue.Special(relative, kind));
            }

            return;
        }

        var length = new FileInfo(file).Length;
        var limit = extension == ".ipynb" ? NotebookSource.MaxRawBytes : isAnswers ? AnswersFile.MaxBytes : MaxSourceBytes;
        if (length > limit)
        {
            throw new FileRefusedException(extension == ".ipynb" ? FileIssue.NotebookTooLarge(relative, limit)
                : isAnswers ? FileIssue.AnswersTooLarge(relative, limit) : FileIssue.TooLarge(relative, limit));
        }

        if (extension == ".ipynb")
        {
            var notebook = NotebookSource.Parse(relative, File.ReadAllBytes(file), MaxSourceBytes);
            sources.Add(relative, notebook.Python.Length);
            sources.Python.Add(new PythonFile(relative, notebook.Python, notebook));
            if (notebook.Markdown.Count > 0)
            {
                _writeUps.Add(WriteUpReader.ReadNotebook(relative, notebook.Markdown));
            }

            return;
        }

        sources.Add(relative, length);
        var text = File.ReadAllText(file, Encoding.UTF8);
        if (extension == ".py")
        {
            sources.Python.Add(new PythonFile(relative, text, null));
        }
        else if (extension == ".cs")
        {
            sources.CSharp.Add((relative, text));
        }
        else if (extension == ".md")
        {
            // Read for its derivations; its reader bounds what it keeps (WriteUpLimits) and never throws.
            _writeUps.Add(WriteUpReader.Read(text, relative));
        }
        else
        {
            Answers = AnswersFile.Read(relative, text, problems, issues, out var student);
            Student = student;
            _answersFile = relative;
        }
    }

    /// <summary>The sources read so far, and what is left of the submission's budget.</summary>
    private sealed class Sources(long budget)
    {
        private readonly long _budget = budget;

        public List<PythonFile> Python { get; } = [];

        public List<(string, string)> CSharp { get; } = [];

        private long _left = budget;

        /// <exception cref="FileRefusedException">the file would pass the budget.</exception>
        public void Add(string relative, long size)
        {
            if (size > _left)
            {
                throw new FileRefusedException(FileIssue.OverSubmissionBudget(relative, _budget));
            }

            _left -= size;
        }
    }
}
