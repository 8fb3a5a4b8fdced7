namespace Grader.Cli;

/// <summary>The command line asked for something that does not exist (an unknown problem, case or format).</summary>
internal sealed class UsageException(string message) : Exception(message);
