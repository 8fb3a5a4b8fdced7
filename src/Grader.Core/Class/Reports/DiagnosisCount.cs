namespace Grader.Class.Reports;

/// <summary>A diagnosis of one problem across a class: how many students got it, with the first message seen.</summary>
public sealed record DiagnosisCount(string Id, string Example, int Students);
