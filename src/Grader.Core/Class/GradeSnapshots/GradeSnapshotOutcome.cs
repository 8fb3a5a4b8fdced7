namespace Grader.Class.GradeSnapshots;

/// <summary>How a submission's grades compare with the ones accepted beside it.</summary>
public enum GradeSnapshotOutcome
{
    /// <summary>The same grades as accepted.</summary>
    Equal,

    /// <summary>No grades accepted yet.</summary>
    New,

    /// <summary>Some grade moved.</summary>
    Changed,
}
