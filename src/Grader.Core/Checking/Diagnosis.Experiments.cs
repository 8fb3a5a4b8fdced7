namespace Grader.Checking;

/// <summary>The diagnoses of a training run, cheap ones read from its predictions, weights and printed loss.</summary>
public sealed partial record Diagnosis
{
    public static Diagnosis OneClass(string run, int label, double accuracy) => new(
        DiagnosisIds.PredictsOneClass,
        run,
        Invariant($"Your model predicts class {label} for every test example (accuracy {accuracy:P1}): training did not separate the classes. Check that the weights are updated at all, and that X and y are used together."));

    public static Diagnosis AtChance(string run, double accuracy, double chance) => new(
        DiagnosisIds.AtChance,
        run,
        Invariant($"Held-out accuracy {accuracy:P1} is at chance level ({chance:P1}): the model learned nothing that carries over. Labels shuffled against the features, or a gradient with the wrong sign, look like this."));

    public static Diagnosis NonFiniteWeights(string run, string detail) => new(
        DiagnosisIds.NonFinite,
        run,
        $"{detail} Training diverged: a learning rate too large for your gradient (a sum over the batch where a mean was meant makes it N times larger), or an overflowing exp in the softmax.");

    public static Diagnosis Diverging(string run, double first, double last) => new(
        DiagnosisIds.DivergingLoss,
        run,
        Invariant($"The loss you printed rose from {first:G4} to {last:G4}: training diverged. The step is too large for your gradient: check the learning rate and that the gradient is averaged over the batch."));

    public static Diagnosis ExperimentShape(string run, string detail) => new(DiagnosisIds.WrongShape, run, detail);

    public static Diagnosis StrongerFitsBetter(string weaker, string stronger, double weakerLoss, double strongerLoss) => new(
        DiagnosisIds.RegularizationFitsBetter,
        stronger,
        Invariant($"With the stronger regularization (run '{stronger}') your weights fit the training set better (training loss {strongerLoss:G4}) than with the weaker one (run '{weaker}', {weakerLoss:G4}): a larger λ should pull the weights towards 0 and fit the training set less well. Check the sign and factor of the 2λw term."));
}
