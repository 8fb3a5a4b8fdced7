namespace Grader.Class.Reports;

/// <summary>A diagnosis a submission got for a problem: its id and the first message written for it.</summary>
public sealed record DiagnosisSeen(string Id, string Message);
