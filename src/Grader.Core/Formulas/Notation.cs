using Grader.Formulas.Latex;
using Grader.Specs;

namespace Grader.Formulas;

/// <summary>
/// A problem's LaTeX notation: which spellings of the assignment name which values or functions of
/// the model. As a spec would hold it:
/// <code>
/// notation:
///   vectors: columns          # or rows (toy-network: x_k W^{(1)}), or entries (activations, bce: elementwise)
///   symbols:
///     W^{(1)}: W1             # a name of the model (also found without an entry: W^{(1)} is W1)
///     z^{(3)}: z3             # z^{(3)}_i is then row i of z3
///     \Delta_i: onehot(y, K)  # a row-indexed spelling: the value is the whole batch, row i is meant
///     \delta_{iy_i}: onehot(y, K)
///     \psi: softmax           # a function
///     f': sign(relu(_))       # a function written out, _ is its argument
///     \lambda: lam
/// </code>
/// Built-in spellings (<c>\exp \log \ln \tanh \sigma</c>, <c>\operatorname{softmax}</c>…) hold in every
/// problem unless the table gives the spelling another meaning.
/// </summary>
internal sealed class Notation
{
    public const char IndexMark = '•';

    private const string PhraseMark = "phrase:";

    private readonly Dictionary<string, NotationEntry> _entries;

    private Notation(Dictionary<string, NotationEntry> entries, Orientation vectors)
    {
        _entries = entries;
        Vectors = vectors;
    }

    public static Notation Empty { get; } = new([], Orientation.Column);

    /// <summary>Whether some spelling is a phrase of several symbols, such as <c>\hat{w}^T x_i</c>.</summary>
    public bool HasPhrases => _entries.Keys.Any(k => k.StartsWith(PhraseMark, StringComparison.Ordinal));

    /// <summary>How an unindexed vector and a row of a matrix stand in this problem's mathematics.</summary>
    public Orientation Vectors { get; }

    public IEnumerable<NotationEntry> Entries => _entries.Values;

    /// <summary>How list outputs are answered layer by layer, if the problem has layers.</summary>
    public NotationLayers? Layers { get; private init; }

    /// <exception cref="SpecException">a spelling that is not one LaTeX symbol, or a meaning that does not parse, located in the spec.</exception>
    public static Notation Create(IEnumerable<(SourceText Spelling, SourceText Meaning)> entries, Orientation vectors = Orientation.Column)
    {
        var table = new Dictionary<string, NotationEntry>(StringComparer.Ordinal);
        foreach (var (spelling, meaning) in entries)
        {
            var key = LatexReader.Read(spelling, _ => null) switch
            {
                SymbolNode symbol => Key(symbol, 'i'),
                PowerNode { Base: SymbolNode { Tag: null } symbol, Exponent: SymbolNode { Tag: null, Subscript: null, Primes: 0 } tag }
                    => Key(symbol with { Tag = tag.Base }, 'i'),
                BinaryNode { Operator: MathOperator.Product } => MarkIndex(Phrase(spelling.Text), 'i'),
                _ => throw FormulaError.NotationSpelling(spelling),
            };
            if (!table.TryAdd(key, new NotationEntry(key, spelling.Text.Trim(), NumpyFormula.Parse(meaning), meaning)))
            {
                throw FormulaError.NotationTwice(spelling);
            }
        }

        return new Notation(table, vectors);
    }

    /// <summary>The notation a spec declares (none: the built-in spellings only).</summary>
    /// <exception cref="SpecException">as for <see cref="Create"/>, located in the spec.</exception>
    public static Notation Of(NotationSpec? spec)
    {
        if (spec is null)
        {
            return Empty;
        }

        var notation = Create(spec.Symbols, spec.Vectors);
        return spec.Layers is null ? notation : new Notation(notation._entries, notation.Vectors) { Layers = NotationLayers.Of(spec.Layers) };
    }

    /// <summary>A table written inline (tests, drafts): spelling and meaning pairs.</summary>
    public static Notation Inline(Orientation vectors, params (string Spelling, string Meaning)[] entries) =>
        Create(entries.Select(e => (SourceText.Inline(e.Spelling, "<notation>"), SourceText.Inline(e.Meaning, $"<notation {e.Spelling}>"))), vectors);

    public NotationEntry? Find(string key) => _entries.GetValueOrDefault(key);

    /// <summary>The key of a symbol with <paramref name="index"/> in its subscript read as a row index.</summary>
    public static string Key(SymbolNode symbol, char index) =>
        SymbolNode.Spell(symbol.Base, symbol.Tag, symbol.Subscript is null ? null : MarkIndex(symbol.Subscript, index), symbol.Primes);

    /// <summary>
    /// A product spelled as one symbol (<c>\hat{w}^T x_i</c> in logistic-l2): its tokens without
    /// braces or spacing, so that <c>\hat{w}^{T} x_{i}</c> is the same phrase.
    /// </summary>
    public static string Phrase(string text) =>
        PhraseMark + string.Concat(LatexLexer.Tokenize(SourceText.Inline(text))
            .Where(t => t.Kind is not (LatexTokenKind.OpenBrace or LatexTokenKind.CloseBrace or LatexTokenKind.End))
            .Select(t => t.Kind == LatexTokenKind.Command ? t.Text + " " : t.Text));

    /// <summary>Replaces the letter <paramref name="index"/> where it stands alone (not inside a command such as \psi).</summary>
    public static string MarkIndex(string subscript, char index)
    {
        var chars = subscript.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            if (chars[k] == '\\')
            {
                while (k + 1 < chars.Length && char.IsAsciiLetter(chars[k + 1]))
                {
                    k++;
                }
            }
            else if (chars[k] == index)
            {
                chars[k] = IndexMark;
            }
        }

        return new string(chars);
    }
}
