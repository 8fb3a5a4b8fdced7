namespace Grader.Checking;

/// <summary>
/// How a report writes the student's parts of an exception sentence, each made inert its own way:
/// words (the type, the message), the location and the quoted line of code.
/// </summary>
internal sealed record RaisedStyle(Func<string, string> Text, Func<string, string> Location, Func<string, string> Code)
{
    /// <summary>Plain text, as written (a report escapes controls when it writes it); the line of code in backticks.</summary>
    public static readonly RaisedStyle Plain = new(text => text, location => location, code => "`" + code + "`");
}
