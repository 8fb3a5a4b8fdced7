using System.Text.RegularExpressions;

namespace Grader.Running.Exceptions;

/// <summary>
/// An exception's words on a hidden case, without its numbers: a shape <c>(7,3)</c>, an index or a
/// value tells a hidden case's sizes and inputs, so every number becomes <c>…</c> (digits inside a
/// name, <c>W2</c> or <c>float64</c>, stay), the lines are joined and the length is capped.
/// </summary>
internal static partial class HiddenText
{
    public const int MaxMessage = 200;

    public const int MaxType = 80;

    public const string Elided = "…";

    public static string Message(string message)
    {
        var text = Number().Replace(Whitespace().Replace(message, " ").Trim(), Elided);
        return text.Length <= MaxMessage ? text : text[..(MaxMessage - 1)] + Elided;
    }

    /// <summary>The type's name with every digit scrubbed, even inside it (a class can be named at run time: <c>Size17</c>).</summary>
    public static string Type(string type)
    {
        var text = Digits().Replace(type, Elided);
        return text.Length <= MaxType ? text : text[..(MaxType - 1)] + Elided;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])\p{N}+(?:\.\p{N}+)?(?:[eE][-+]?\p{N}+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"\p{N}+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
