using Grader.Specs;

namespace Grader.Core.Tests.Specs;

/// <summary>A training problem's <c>experiment:</c> section: read whole, and every mistake located with what to do.</summary>
internal sealed class SpecLoaderExperimentTests
{
    private const string Valid = """
        id: tiny
        title: Tiny training
        points: 10
        python: train
        csharp: Train
        inputs:
          X: [N, 64]
          y: {shape: [N], type: int}
          lr: scalar
          epochs: int
        outputs:
          W: {shape: [64, 10]}
          b: {shape: [10]}
        experiment:
          dataset: digits
          features: {divide: 16}
          split: {test: 0.25, seed: 7}
          data: {X: train.X, y: train.y}
          score: X @ W + b
          runs:
            - name: main
              params: {lr: 0.5, epochs: 3}
          accuracy: {zero: 0.5, full: 0.9}
          reference: {trainer: softmax-sgd, params: {batch_size: 32}}
        limits: {wall: 60s}
        """;

    private static ProblemSpec Load(string text) => SpecLoader.Load(new SpecFile("problems/tiny.yaml", text));

    [Test]
    public void Load_ExperimentSpec_ReadsEveryPart()
    {
        // Given / When
        var spec = Load(Valid);

        // Then
        var experiment = spec.Experiment!;
        Assert.Multiple(() =>
        {
            Assert.That(experiment.Dataset, Is.EqualTo("digits"));
            Assert.That(experiment.Features, Is.EqualTo(new FeatureScaling(16, false)));
            Assert.That(experiment.Data["X"], Is.EqualTo(DataPart.TrainFeatures));
            Assert.That(experiment.Score!.Text, Is.EqualTo("X @ W + b"));
            Assert.That(experiment.Runs.Single().Params, Is.EqualTo(new Dictionary<string, double> { ["lr"] = 0.5, ["epochs"] = 3 }));
            Assert.That(experiment.Reference.Params["batch_size"], Is.EqualTo(32));
            Assert.That(spec.Cases, Is.Empty);
            Assert.That(spec.Variant.Enabled, Is.False);
            Assert.That(spec.Outputs.Select(o => o.Shape), Is.EqualTo(new[] { new[] { "64", "10" }, new[] { "10" } }));
        });
    }

    [TestCase("data: {X: train.X, y: train.y}", "data: {X: train.X, y: test.y}", 18, "the test labels are never handed to a student's function")]
    [TestCase("dataset: digits", "dataset: digit", 15, "unknown dataset 'digit' (did you mean 'digits'?)")]
    [TestCase("params: {lr: 0.5, epochs: 3}", "params: {lr: 0.5}", 21, "run 'main' gives no value for 'epochs'")]
    [TestCase("params: {lr: 0.5, epochs: 3}", "params: {lr: 0.5, epochs: 2.5}", 22, "params.epochs must be int")]
    [TestCase("accuracy: {zero: 0.5, full: 0.9}", "accuracy: {zero: 0.9, full: 0.5}", 23, "0 ≤ zero < full ≤ 1")]
    [TestCase("reference: {trainer: softmax-sgd, params: {batch_size: 32}}", "reference: {trainer: softmax-gd}", 24, "unknown trainer 'softmax-gd' (did you mean 'softmax-sgd'?)")]
    [TestCase("limits: {wall: 60s}", "limits: {wall: 60s}\ncases: []", 26, "'cases' has no meaning in a training problem")]
    public void Load_BadExperiment_IsLocatedWithAHint(string good, string bad, int line, string problem)
    {
        // Given a spec with one mistake in its experiment
        var text = Valid.Replace(good, bad, StringComparison.Ordinal);

        // When it is loaded
        var error = Assert.Throws<SpecException>(() => Load(text))!;

        // Then the error names the line and says what is wrong
        Assert.That(error.Location.Line, Is.EqualTo(line));
        Assert.That(error.Message + error.Render(), Does.Contain(problem));
        Assert.That(error.Render(), Does.Contain("problems/tiny.yaml:" + line));
    }
}
