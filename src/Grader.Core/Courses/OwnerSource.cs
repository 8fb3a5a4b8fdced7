namespace Grader.Courses;

/// <summary>How a submission's owner was told.</summary>
public enum OwnerSource
{
    /// <summary>The roster names the submission's folder or file (id, login, listed name, LMS download name).</summary>
    Roster,

    /// <summary>answers.yaml says <c>student: ID</c>.</summary>
    AnswersFile,

    /// <summary><c>--student ID</c> on the command line.</summary>
    CommandLine,

    /// <summary>Nothing tells: graded on the statement's public case, flagged.</summary>
    Unknown,
}
