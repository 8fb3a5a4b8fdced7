namespace Grader.Class.Reports;

/// <summary>One training run of a <see cref="ProblemOutcome"/>: its held-out accuracy (null: no predictions) and whether it earned all its points.</summary>
public sealed record RunAccuracy(string Run, double? Accuracy, bool FullMarks);
