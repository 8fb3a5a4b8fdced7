namespace Grader.Checking;

/// <summary>
/// Why an output is wrong, when the checker can tell: a stable <see cref="Id"/> (see
/// <see cref="DiagnosisIds"/> or a problem's own mistake ids) and a message written for the student.
/// Built only by the factories in <c>Diagnosis.Messages.cs</c>, so every message lives in one place.
/// </summary>
public sealed partial record Diagnosis(string Id, string Output, string Message);
