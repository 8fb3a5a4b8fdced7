namespace Grader.Derivations.Checking;

internal static partial class DerivationMessages
{
    public static string MissingLeft() =>
        "the chain opens with '=': its left side is not written (write the derivative, e.g. \\frac{\\partial J}{\\partial W^{(2)}} = …)";

    public static string OtherDerivative(ChainTarget target) =>
        $"it holds a derivative other than the one the chain derives; Grader evaluates only that one (as {target.Describe()}'s reference), not a chain rule's factors or a derivative operator";

    public static string Macro(string macro) => $"it uses {macro}, a macro this write-up defines; macros are not expanded";

    public static string Relation(string relation) => $"'{relation}' is not an equality; only '=' is checked";

    public static string Shapes(string left, string right) => $"the left side is {left} and the right side {right}: they cannot be compared entry by entry";

    public static string ListValue(string what) => $"{what} is a list of arrays (one per layer); a step between lists is not checked";

    public static string NotEvaluated(string problem) => $"it reads, but does not evaluate on a case: {problem}";

    public static string NotFinite() => "on every case checked a side has an entry that is not finite";

    public static string StepsOverLimit(int max) => $"only the first {max} steps of a chain are checked";

    public static string ResultIsTarget() => "the chain ends with the derivative itself: there is no result to grade";

    public static string Internal(string message) => $"Grader failed on this step ({message}); this is Grader's fault, not yours";
}
