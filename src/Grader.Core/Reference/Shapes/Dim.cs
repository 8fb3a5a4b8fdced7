using System.Globalization;

namespace Grader.Reference.Shapes;

/// <summary>A dimension known when compiling: a size, a symbol such as N, or unknown.</summary>
internal readonly record struct Dim(int? Size, string? Symbol)
{
    public static Dim Unknown => default;

    public bool IsUnknown => Size is null && Symbol is null;

    public static Dim Of(int size) => new(size, null);

    public static Dim Named(string symbol) => new(null, symbol);

    /// <summary>Parses a declared shape entry: "2", "N", anything else (such as "n[i+1]") is unknown.</summary>
    public static Dim Parse(string entry)
    {
        var text = entry.Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            return Of(size);
        }

        return IsSymbol(text) ? Named(text) : Unknown;
    }

    public static bool IsSymbol(string text) =>
        text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_') && text.All(c => char.IsLetterOrDigit(c) || c == '_');

    /// <summary>Two dimensions that are certainly different (sizes or symbols that differ).</summary>
    public bool Conflicts(Dim other) =>
        (Size is { } a && other.Size is { } b && a != b) || (Symbol is { } s && other.Symbol is { } t && s != t);

    public Dim Join(Dim other) => this == other ? this : Unknown;

    public override string ToString() =>
        Size?.ToString(CultureInfo.InvariantCulture) ?? Symbol ?? "?";
}
