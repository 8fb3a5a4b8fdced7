namespace Grader.Derivations.Checking;

internal static partial class DerivationMessages
{
    /// <summary>Why the chain was bound to its target, for the instructor's report.</summary>
    public static string Assigned(ChainTarget target, IReadOnlyList<string> candidates) => target.Origin switch
    {
        TargetOrigin.Heading => $"its heading names {target.ProblemId}; it derives {target.Describe()}",
        TargetOrigin.LeftSide => $"its left side is the derivative {target.Describe()} is",
        _ => $"its left side fits {string.Join(", ", candidates)} equally; only {target.ProblemId}'s notation reads its sides",
    };

    public static string NotADerivative() => "its left side is not the derivative of a problem's output";

    public static string NoSuchOutput(DerivativeSymbol symbol) =>
        $"no problem has an output that is the derivative of {symbol.Numerator} with respect to {symbol.Denominator}";

    public static string Ambiguous(DerivativeSymbol symbol, IReadOnlyList<string> candidates) =>
        $"the derivative of {symbol.Numerator} with respect to {symbol.Denominator} could be {string.Join(" or ", candidates)}; "
        + "name the problem in a heading above it (## problem-id, or ## problem-id: output) so it is checked";

    public static string NotInHeadingProblem(DerivativeSymbol symbol, string problem) =>
        $"the heading names {problem}, which has no output that is the derivative with respect to {symbol.Denominator}";

    public static string HeadingOutputConflict(DerivativeSymbol symbol, string problem, string named, string derived) =>
        $"the heading names {problem}: {named}, but the derivative with respect to {symbol.Denominator} is its output {derived}";

    public static string ChainsOverLimit(int max) => $"only the first {max} chains of a write-up are looked at";

    public static string ProblemChainsOverLimit(string problem, int max) => $"only the first {max} derivations for {problem} are checked";
}
