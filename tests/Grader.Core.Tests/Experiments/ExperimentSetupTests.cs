using Grader.Experiments;
using Grader.Reference;
using Grader.Running.Sandboxing;
using Grader.Values;

namespace Grader.Core.Tests.Experiments;

/// <summary>The split of a real dataset (Debian's python3-sklearn): seeded, stratified, and the test labels never in a case.</summary>
internal sealed class ExperimentSetupTests
{
    private static CompiledProblem Problem(string id) => ProblemCatalog.Load(TestPaths.Problems).Problems.Single(p => p.Id == id);

    [Test]
    public void Prepare_Digits_SplitsStratifiedAndTheSameEachTime()
    {
        // Given digits-softmax-sgd (a quarter held out, seed 1818)
        var problem = Problem("digits-softmax-sgd");

        // When it is prepared twice
        var first = ExperimentSetup.Prepare(problem);
        var second = ExperimentSetup.Prepare(problem);

        // Then the parts partition the 1,797 images, every class keeps about its share, and the split repeats
        var data = first.Data!;
        Assert.That(data.TrainY.Length + data.TestY.Length, Is.EqualTo(1797));
        Assert.That(data.TestY.Length, Is.InRange(445, 455));
        foreach (var label in Enumerable.Range(0, 10))
        {
            Assert.That(data.TestY.Count(l => l == label), Is.InRange(43, 47), $"class {label}");
        }

        Assert.That(second.Data!.TestY, Is.EqualTo(data.TestY));
        Assert.That(data.TrainX.SelectMany(r => r).Max(), Is.EqualTo(1.0), "pixels divided by 16");
    }

    [Test]
    public void Prepare_PredictingProblem_HandsOutTestFeaturesButNeverTestLabels()
    {
        // Given the problem whose function also takes the test features
        var setup = ExperimentSetup.Prepare(Problem("digits-mlp-torch"));
        var data = setup.Data!;

        // When its one case's arguments are read
        var arguments = setup.Solution.Cases.Single().Arguments.Cast<Tensor>().ToList();

        // Then they are the training features, the training labels and the test features, nothing else
        Assert.That(arguments.Select(a => string.Join("x", a.Shape)), Is.EqualTo(new[] { $"{data.TrainY.Length}x64", $"{data.TrainY.Length}", $"{data.TestY.Length}x64" }));
        Assert.That(arguments[1].Span.ToArray(), Is.EqualTo(data.TrainY.Select(l => (double)l).ToArray()));
        Assert.That(arguments.All(a => !a.Span.ToArray().AsSpan().SequenceEqual(data.TestY.Select(l => (double)l).ToArray())), Is.True);
    }

    [Test]
    public void Prepare_DatasetFolderMissing_IsUnavailableWithTheInstallCommand()
    {
        // Given a folder without sklearn's data files
        var empty = Directory.CreateTempSubdirectory("no-sklearn").FullName;
        var before = Environment.GetEnvironmentVariable(HeldOutData.FolderVariable);
        Environment.SetEnvironmentVariable(HeldOutData.FolderVariable, empty);
        try
        {
            // When a training problem is prepared
            var setup = ExperimentSetup.Prepare(Problem("cancer-logistic-l2"));

            // Then it has no cases and says what to install
            Assert.That(setup.Data, Is.Null);
            Assert.That(setup.Solution.Cases, Is.Empty);
            Assert.That(setup.Unavailable, Does.Contain("python3-sklearn").And.Contain("breast_cancer").And.Contain("other problems are graded"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(HeldOutData.FolderVariable, before);
            Directory.Delete(empty);
        }
    }
}
