namespace Grader.Checking;

/// <summary>How a submitted value differs from a reference value, worst kind first.</summary>
internal enum MismatchKind
{
    None,
    Values,
    NonFinite,
    Transposable,
    WrongShape,
    Missing,
}

/// <summary>The result of comparing one submitted value with a reference (or with an alternative model).</summary>
internal readonly record struct ValueCheck(MismatchKind Kind, double? MaxAbsError, double? MaxRelError)
{
    public bool Passed => Kind == MismatchKind.None;

    public static ValueCheck Missing { get; } = new(MismatchKind.Missing, null, null);

    public static ValueCheck WrongShape { get; } = new(MismatchKind.WrongShape, null, null);
}
