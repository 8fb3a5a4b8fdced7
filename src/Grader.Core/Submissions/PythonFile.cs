namespace Grader.Submissions;

/// <summary>A Python source of a submission: a <c>.py</c> file, or a notebook's code cells.</summary>
internal sealed record PythonFile(string RelativePath, string Source, NotebookSource? Notebook);
