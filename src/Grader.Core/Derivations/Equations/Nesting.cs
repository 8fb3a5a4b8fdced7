namespace Grader.Derivations.Equations;

/// <summary>Something open in a display block: a brace, a <c>\left</c>, an environment.</summary>
/// <param name="Transparent">An align-like environment (<c>aligned</c>, <c>align</c>, …): its lines and <c>&amp;</c> are the block's own top level.</param>
internal readonly record struct Nesting(string Opener, string Closer, int Offset, bool Transparent)
{
    public static Nesting Brace(int offset) => new("'{'", "'}'", offset, false);

    public static Nesting Left(string opener, int offset) => new(opener, @"\right", offset, false);

    public static Nesting Environment(string name, int offset, bool transparent) =>
        new($@"\begin{{{name}}}", $@"\end{{{name}}}", offset, transparent);
}
