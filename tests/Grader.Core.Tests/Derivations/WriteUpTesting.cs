using Grader.Derivations;

namespace Grader.Core.Tests.Derivations;

/// <summary>Reading a write-up in a test, and a chain as one line: <c>A | = | B | \le | C</c>.</summary>
internal static class WriteUpTesting
{
    public const string FileName = "write-up.md";

    public static WriteUp Read(string markdown) => WriteUpReader.Read(markdown, FileName);

    public static string Line(DerivationChain chain) =>
        string.Join(" | ", chain.Steps.SelectMany(s => new[] { s.Relation.Latex, Shown(s.Right) }).Prepend(Shown(chain.First)));

    public static string[] Lines(string markdown) => [.. Read(markdown).Chains.Select(Line)];

    private static string Shown(DerivationSide side) => side.IsMissing ? "(missing)" : side.Latex;
}
