using System.Globalization;

namespace Grader.Experiments;

/// <summary>Every sentence about a training problem that is not a diagnosis (those are in Checking's <c>Diagnosis.Experiments</c>).</summary>
public static partial class ExperimentMessages
{
    public static string DatasetMissing(string name, string path) =>
        $"this problem is unavailable on this machine: its dataset '{name}' ({path}) is missing. Install Debian's python3-sklearn (apt-get install python3-sklearn, or run scripts/prerequisites.sh as root), or set GRADER_SKLEARN_DATA to sklearn's datasets/data folder; the other problems are graded as usual";

    public static string DatasetUnreadable(string name, string path, string reason) =>
        $"this problem is unavailable on this machine: its dataset '{name}' ({path}) could not be read ({reason}). Reinstall python3-sklearn";

    public static string ModuleMissing(string module) =>
        $"this problem is unavailable on this machine: it needs the Python module '{module}', which the grader's Python cannot import. Install it (Debian: apt-get install python3-{module}) and grade again; nothing of the submission was run for it";

    public static string TrainingInAnswers(string problem) =>
        $"'{problem}' is a training problem: only code answers it (its function trains on the training data and is graded on held-out data), not answers.yaml";

    public static string TrainerParamMissing(string trainer, string name) =>
        $"the reference trainer '{trainer}' needs '{name}': give it in the run's params or in experiment.reference.params";

    public static string OutputMissing(string output) => $"'{output}' was not returned.";

    public static string WrongShape(string output, string got, string want, bool transposed) =>
        transposed
            ? $"'{output}' has shape {got}, the transpose of {want}: return it as {want} (the spec's model multiplies it that way)."
            : $"'{output}' has shape {got}; the spec's model needs {want}.";

    public static string NonFinite(IReadOnlyList<string> outputs) =>
        $"{string.Join(", ", outputs.Select(o => $"'{o}'"))} hold{(outputs.Count == 1 ? "s" : "")} NaN or infinite values.";

    public static string LabelCount(string output, int got, int want) =>
        Invariant($"'{output}' has {got} labels; the test set has {want} examples: return one predicted label per row of the test features.");

    public static string LabelsNotClasses(string output) =>
        $"'{output}' holds values that are not class labels (non-negative whole numbers): return the predicted class of each test example, not probabilities or scores.";

    public static string RunSummary(string run, double? accuracy, double points, double max, TimeSpan duration) =>
        accuracy is { } a
            ? Invariant($"run '{run}': held-out accuracy {a:P1}, {points:0.##} of {max:0.##} points, trained in {duration.TotalSeconds:0.0} s")
            : Invariant($"run '{run}': no predictions, 0 of {max:0.##} points");

    public static string ThresholdRow(double zero, double full) =>
        Invariant($"0 points at or below {zero:P1} held-out accuracy, all at or above {full:P1}, in proportion between");

    public static string RegularizationHeld(string weaker, string stronger, double weakerLoss, double strongerLoss) =>
        Invariant($"regularization: the stronger λ (run '{stronger}', training loss {strongerLoss:G4}) fits the training set no better than the weaker (run '{weaker}', {weakerLoss:G4})");

    // Verification (./grader verify)
    public static string ReferenceRun(string run, string trainer, double accuracy, double full, TimeSpan time) =>
        Invariant($"reference run '{run}' ({trainer}): held-out accuracy {accuracy:P2} (full marks from {full:P1}), trained in {time.TotalSeconds:0.00} s");

    public static string ReferenceBelowFull(string run, double accuracy, double full, double margin) =>
        Invariant($"run '{run}': the reference reaches {accuracy:P2}, not {margin:P1} above the full-marks threshold {full:P1}: lower experiment.accuracy.full or give the run more training (epochs, lr)");

    public static string TrivialAboveZero(string run, double trivial, double zero, double margin) =>
        Invariant($"run '{run}': predicting the most frequent training class already reaches {trivial:P2}, not {margin:P1} below the zero-points threshold {zero:P1}: raise experiment.accuracy.zero");

    public static string Trivial(double trivial, double zero) =>
        Invariant($"trivial predictor (the most frequent training class): {trivial:P2}, zero points up to {zero:P1}");

    public static string ScoreDisagrees(string run, double viaSpec, double viaTrainer) =>
        Invariant($"run '{run}': the spec's score on the reference weights gives {viaSpec:P2}, the trainer's own prediction {viaTrainer:P2}: experiment.score does not use the outputs in the convention the trainer returns them");

    public static string OutputsNotTrained(string trainer, IEnumerable<string> missing) =>
        $"the reference trainer '{trainer}' returns no {string.Join(", ", missing)}: name the spec's outputs as the trainer does, or choose another trainer";

    public static string RegularizationReference(double weakerLoss, double strongerLoss, bool held) =>
        Invariant($"regularization check on the reference: training loss {weakerLoss:G4} (weaker) vs {strongerLoss:G4} (stronger){(held ? string.Empty : ": the stronger fits better, so the check would fail a correct submission")}");

    public static string Split(string dataset, int train, int test, int seed, string fingerprint) =>
        Invariant($"split of {dataset}: {train} training and {test} held-out examples (seed {seed}), test labels {fingerprint}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The confined fallback (no mount namespace) cannot hide the held-out labels, and other users may read them.</summary>
    public static string HeldOutReadable(string file) =>
        $"this problem is unavailable here: student code runs confined, without a file system of its own, and other users may read the held-out labels ({file}); close sklearn's datasets folder to them (chmod -R o-rwx on it, as run_autograder does), or grade where bubblewrap works; the other problems are graded as usual";
}
