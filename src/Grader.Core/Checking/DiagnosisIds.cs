namespace Grader.Checking;

/// <summary>The ids of the generic diagnoses. Per-problem mistakes use the ids their spec declares.</summary>
public static class DiagnosisIds
{
    public const string Transposed = "transposed";
    public const string SignFlipped = "sign-flipped";
    public const string Scaled = "scaled";
    public const string Zero = "zero";
    public const string NonFinite = "non-finite";
    public const string WrongShape = "wrong-shape";
    public const string MissingOutput = "missing-output";
    public const string FormulaUnreadable = "formula-unreadable";

    public const string NotDerived = "not-derived";
    public const string Float32Precision = "float32-precision";

    public const string RoundedOutput = "rounded-output";
    public const string HardcodedPublic = "hardcoded-public";

    /// <summary>The failing cases are exactly those with one feature of their inputs or sizes (see <c>CasePatterns</c>).</summary>
    // Training problems (experiment:): read from a run's predictions, weights and printed loss.
    public const string PredictsOneClass = "predicts-one-class";
    public const string AtChance = "at-chance";
    public const string DivergingLoss = "diverging-loss";
    public const string RegularizationFitsBetter = "regularization-fits-better";

    public const string CasePattern = "case-pattern";
}
