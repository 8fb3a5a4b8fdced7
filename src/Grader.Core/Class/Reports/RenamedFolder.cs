using Grader.Submissions;

namespace Grader.Class.Reports;

/// <summary>A submission whose reports are in a folder other than its name, e.g. "alice smith" in alice_smith-038bd15a/.</summary>
public sealed record RenamedFolder(string Submission, string Folder);
