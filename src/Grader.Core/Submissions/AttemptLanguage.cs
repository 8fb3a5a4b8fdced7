namespace Grader.Submissions;

/// <summary>How a problem is attempted: code in Python (or a notebook), C#, or plain answers.</summary>
public enum AttemptLanguage
{
    Python,
    CSharp,
    Answers,

    /// <summary>Derivations in a Markdown write-up (a problem nothing else answers).</summary>
    WriteUp,
}
