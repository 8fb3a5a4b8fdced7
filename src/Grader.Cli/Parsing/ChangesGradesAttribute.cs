namespace Grader.Cli.Parsing;

/// <summary>
/// On an option of <c>grade</c>: its value changes what a submission scores or which reports it
/// gets, so a class run's completion records made under another value are regraded (see
/// <see cref="GradingKey"/>). Every option says whether it does (a test checks none is left out).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class ChangesGradesAttribute : Attribute;
