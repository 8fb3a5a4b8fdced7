namespace Grader.Formulas.Latex;

/// <summary>
/// A symbol with its decorations: <c>W^{(1)}</c> has base <c>W</c> and tag <c>(1)</c>, <c>z^{(3)}_i</c>
/// subscript <c>i</c>, <c>\sigma'</c> one prime. Tag and subscript are kept as written, without braces
/// or spaces, so they can be looked up in a problem's notation.
/// </summary>
internal sealed record SymbolNode(int Offset, int Length, string Base, string? Tag, string? Subscript, int Primes) : MathNode(Offset, Length)
{
    /// <summary>The symbol as a notation key spells it: <c>W^{(1)}</c>, <c>\Delta_{i}</c>, <c>f'</c>.</summary>
    public string Spelling => Spell(Base, Tag, Subscript, Primes);

    public static string Spell(string basis, string? tag, string? subscript, int primes) =>
        basis + (tag is null ? string.Empty : "^{" + tag + "}") + new string('\'', primes)
        + (subscript is null ? string.Empty : "_{" + subscript + "}");
}
