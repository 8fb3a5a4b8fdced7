using Grader.Checking;
using Grader.Reference;
using Grader.Values;
using static Grader.Core.Tests.Checking.Fixtures;

namespace Grader.Core.Tests.Checking;

/// <summary>Every diagnosis is claimed on a submission that makes the mistake, and not on an unrelated wrong answer.</summary>
public sealed class DiagnosisTests
{
    private static Value Noise(SolvedCase c, Value v) =>
        ((Tensor)v).Map(x => x + 0.37 + (0.1 * Math.Sin(x * 17)) + c.Name.Length);

    private static ProblemScore GradeToy(Func<SolvedCase, string, Value, Value> change, params Mistake[] mistakes)
    {
        var problem = ToyNetwork(mistakes);
        return ProblemGrader.Grade(problem, Changing(problem, change));
    }

    private static Diagnosis? DiagnosisOf(ProblemScore score, string output, string caseName = "hidden-1") =>
        score.Cases.Single(c => c.Name == caseName).Outputs.Single(o => o.Name == output).Diagnosis;

    [Test]
    public void Transposed_MatrixTransposedEverywhere_IsClaimed()
    {
        var score = GradeToy((_, o, v) => o == "W1" ? ((Tensor)v).Transpose() : v);

        Assert.Multiple(() =>
        {
            Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.Transposed }));
            Assert.That(DiagnosisOf(score, "W1")!.Message, Does.StartWith("W1 is the transpose of the expected value"));
            Assert.That(score.Score, Is.EqualTo(15));
        });
    }

    [Test]
    public void Transposed_UnrelatedMatrixOfTheTransposedShape_IsWrongShapeNotTransposed()
    {
        var score = GradeToy((c, o, v) => o == "W1" ? ((Tensor)Noise(c, v)).Transpose() : v);

        Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.WrongShape }));
    }

    [Test]
    public void SignFlipped_NegatedOutput_IsClaimed()
    {
        var score = GradeToy((_, o, v) => o == "b1" ? ((Tensor)v).Map(x => -x) : v);

        Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.SignFlipped }));
    }

    [Test]
    public void SignFlipped_NegatedOnlyOnSomeCases_IsNotClaimed()
    {
        var score = GradeToy((c, o, v) => o == "b1" ? (c.Name == "hidden-1" ? ((Tensor)v).Map(x => -x) : Noise(c, v)) : v);

        Assert.That(score.DiagnosisIds, Is.Empty);
    }

    [Test]
    public void Scaled_FactorN_SaysToAverageOverTheBatch()
    {
        var score = GradeToy((c, o, v) => o == "w2" ? ((Tensor)v).Map(x => x * c.Case.Dims.Scalars["N"]) : v);

        Assert.Multiple(() =>
        {
            Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.Scaled }));
            Assert.That(DiagnosisOf(score, "w2")!.Message, Is.EqualTo(
                "Every entry of w2 is N = 7 times too large: did you forget to average over the batch (divide by N)?"));
            Assert.That(DiagnosisOf(score, "w2", "hidden-2")!.Message, Does.Contain("N = 12"));
        });
    }

    [Test]
    public void Scaled_FactorOneOverN_SaysAveragedTwice()
    {
        var score = GradeToy((c, o, v) => o == "w2" ? ((Tensor)v).Map(x => x / c.Case.Dims.Scalars["N"]) : v);

        Assert.That(DiagnosisOf(score, "w2")!.Message, Does.Contain("times too small: did you average over the batch twice?"));
    }

    [TestCase(2.0, "2 times too large")]
    [TestCase(0.5, "half the expected value")]
    [TestCase(3.0, "is 3 times the expected value")]
    public void Scaled_ConstantFactor_NamesTheFactor(double factor, string phrase)
    {
        var score = GradeToy((_, o, v) => o == "W1" ? ((Tensor)v).Map(x => x * factor) : v);

        Assert.Multiple(() =>
        {
            Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.Scaled }));
            Assert.That(DiagnosisOf(score, "W1")!.Message, Does.Contain(phrase));
        });
    }

    [Test]
    public void Scaled_DifferentFactorsPerCase_IsNotClaimed()
    {
        var score = GradeToy((c, o, v) => o == "W1" ? ((Tensor)v).Map(x => x * (1.5 + c.Name.Length)) : v);

        Assert.That(score.DiagnosisIds, Is.Empty);
    }

    [Test]
    public void Zero_AllZeros_IsClaimed()
    {
        var score = GradeToy((_, o, v) => o == "W1" ? Tensor.Zeros(((Tensor)v).ShapeArray()) : v);

        Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.Zero }));
    }

    [Test]
    public void Zero_SmallButNonZeroWrongValues_IsNotClaimed()
    {
        var score = GradeToy((_, o, v) => o == "W1" ? Tensor.Filled(((Tensor)v).ShapeArray(), 1e-3) : v);

        Assert.That(score.DiagnosisIds, Is.Empty);
    }

    [Test]
    public void NonFinite_NanOnLargeLogits_BlamesOverflowInExp()
    {
        var problem = SoftmaxCe();
        var submission = Changing(problem, (c, _, v) => c.Name == "hidden-large" ? ((Tensor)v).Map(_ => double.NaN) : v);

        var score = ProblemGrader.Grade(problem, submission);

        var diagnosis = DiagnosisOf(score, "dZ", "hidden-large")!;
        Assert.Multiple(() =>
        {
            Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.NonFinite }));
            Assert.That(diagnosis.Message, Does.Contain("exp overflows").And.Contain("Subtract the maximum"));
            Assert.That(score.Score, Is.EqualTo(10));
        });
    }

    [Test]
    public void NonFinite_InfOnSmallInputs_BlamesLogOrDivisionByZero()
    {
        var problem = SoftmaxCe();
        var submission = Changing(problem, (c, o, v) => o == "loss" && c.Name == "hidden-1" ? Tensor.Scalar(double.PositiveInfinity) : v);

        var score = ProblemGrader.Grade(problem, submission);

        Assert.That(DiagnosisOf(score, "loss")!.Message, Is.EqualTo("loss contains nan or inf: look for a log of 0 or a division by 0."));
    }

    [Test]
    public void NonFinite_FiniteWrongValues_IsNotClaimed()
    {
        var problem = SoftmaxCe();
        var submission = Changing(problem, (c, o, v) => c.Name == "hidden-large" ? Noise(c, v) : v);

        var score = ProblemGrader.Grade(problem, submission);

        Assert.That(score.DiagnosisIds, Does.Not.Contain(DiagnosisIds.NonFinite));
    }

    [Test]
    public void WrongShape_DifferentSize_IsClaimedWithBothShapes()
    {
        var score = GradeToy((_, o, v) => o == "b1" ? Tensor.Vector(1, 2, 3, 4, 5, 6, 7, 8, 9) : v);

        Assert.Multiple(() =>
        {
            Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.WrongShape }));
            Assert.That(DiagnosisOf(score, "b1")!.Message, Is.EqualTo(
                "b1 has shape (9,) but (4,) was expected (dimensions of size 1 do not matter)."));
        });
    }

    [Test]
    public void WrongShape_RightShapeWrongValues_IsNotClaimed()
    {
        var score = GradeToy((c, o, v) => o == "b1" ? Noise(c, v) : v);

        Assert.That(score.DiagnosisIds, Is.Empty);
    }

    [Test]
    public void MissingOutput_OutputNotReturned_IsClaimed()
    {
        var problem = ToyNetwork();
        var submission = Code(problem, c => c.Expected.Where(p => p.Key != "b2").ToDictionary());

        var score = ProblemGrader.Grade(problem, submission);

        Assert.Multiple(() =>
        {
            Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.MissingOutput }));
            Assert.That(score.Score, Is.EqualTo(15));
        });
    }

    [Test]
    public void MissingOutput_OutputReturnedButWrong_IsNotClaimed()
    {
        var score = GradeToy((c, o, v) => o == "b2" ? Noise(c, v) : v);

        Assert.That(score.DiagnosisIds, Does.Not.Contain(DiagnosisIds.MissingOutput));
    }

    [Test]
    public void Float32Precision_AgreesToFiveDigits_IsClaimed()
    {
        // float32 work: values a float32 holds, agreeing to a few digits
        var score = GradeToy((_, o, v) => o == "w2" ? ((Tensor)v).Map(x => (double)(float)(x * (1 + 2e-5))) : v);

        Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.Float32Precision }));
    }

    [Test]
    public void RoundedOutput_RoundedToThreeDecimals_IsClaimedNotFloat32()
    {
        // Given seed 001's habit: every answer through np.round (here to 3 decimals), computed in float64
        var score = GradeToy((_, o, v) => o == "w2" ? ((Tensor)v).Map(x => Math.Round(x, 3)) : v);

        // Then: the rounding is named, with the decimals; float32 is not (the values are no float32's)
        Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.RoundedOutput }), score.Feedback);
        Assert.That(score.Diagnoses.Single().Message, Does.Contain("rounded to 3 decimals (as np.round(x, 3) does)"));
    }

    [Test]
    public void Float32Precision_ValuesNoFloat32Holds_IsNotClaimed()
    {
        // Given outputs off by a relative 2e-5 but computed in float64 (no float32 value among them)
        var score = GradeToy((_, o, v) => o == "w2" ? ((Tensor)v).Map(x => x * (1 + 2e-5) + 1e-13) : v);

        // Then: no claim that the student computed in float32
        Assert.That(score.DiagnosisIds, Does.Not.Contain(DiagnosisIds.Float32Precision));
    }

    [Test]
    public void Float32Precision_OffByOnePercent_IsNotClaimed()
    {
        var score = GradeToy((c, o, v) => o == "w2" ? ((Tensor)v).Map(x => x + (0.01 * Math.Cos(x * c.Name.Length))) : v);

        Assert.That(score.DiagnosisIds, Does.Not.Contain(DiagnosisIds.Float32Precision));
    }

    [Test]
    public void HardcodedPublic_PublicValuesReturnedEverywhere_IsClaimed()
    {
        var problem = ToyNetwork();

        var score = ProblemGrader.Grade(problem, Code(problem, _ => ToyPublic));

        Assert.Multiple(() =>
        {
            Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.HardcodedPublic }));
            Assert.That(score.Score, Is.EqualTo(5));
        });
    }

    [Test]
    public void HardcodedPublic_WrongOnThePublicCaseToo_IsNotClaimed()
    {
        var score = GradeToy((c, o, v) => Noise(c, v));

        Assert.That(score.DiagnosisIds, Does.Not.Contain(DiagnosisIds.HardcodedPublic));
    }

    [Test]
    public void HardcodedPublic_WrongOnOnlySomeHiddenCases_IsNotClaimed()
    {
        var score = GradeToy((c, o, v) => c.Name == "hidden-3" ? Noise(c, v) : v);

        Assert.That(score.DiagnosisIds, Is.Empty);
    }

    private static Mistake ReluMaskMissing(ProblemReference problem) => new(
        "relu-mask-missing",
        "the gradient flows through units whose pre-activation is negative: multiply by the ReLU mask (U > 0).",
        problem.Cases.ToDictionary(
            c => c.Name,
            c => (IReadOnlyDictionary<string, Value>)new Dictionary<string, Value> { ["W1"] = ((Tensor)c.Expected["W1"]).Map(x => x + 0.25), ["b2"] = c.Expected["b2"] }));

    [Test]
    public void Mistake_SubmissionMatchesTheAlternativeModel_IsClaimedWithItsMessage()
    {
        var mistake = ReluMaskMissing(ToyNetwork());

        var score = GradeToy((_, o, v) => o == "W1" ? ((Tensor)v).Map(x => x + 0.25) : v, mistake);

        Assert.Multiple(() =>
        {
            Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { "relu-mask-missing" }));
            Assert.That(DiagnosisOf(score, "W1")!.Message, Does.StartWith("W1: the gradient flows through units"));
        });
    }

    [Test]
    public void Mistake_MatchesOnOnlySomeFailingCases_IsNotClaimed()
    {
        var mistake = ReluMaskMissing(ToyNetwork());

        var score = GradeToy((c, o, v) => o == "W1" ? (c.Hidden ? Noise(c, v) : ((Tensor)v).Map(x => x + 0.25)) : v, mistake);

        Assert.That(score.DiagnosisIds, Is.Empty);
    }

    /// <summary>softmax-ce with its mistake no-batch-average: dZ not divided by N.</summary>
    private static ProblemReference SoftmaxCeWithNoBatchAverage()
    {
        var problem = SoftmaxCe();
        var noBatchAverage = new Mistake(
            "no-batch-average",
            "dZ is not divided by N: the loss is a mean over the batch.",
            problem.Cases.ToDictionary(
                c => c.Name,
                c => (IReadOnlyDictionary<string, Value>)new Dictionary<string, Value> { ["dZ"] = ((Tensor)c.Expected["dZ"]).Map(x => x * c.Case.Dims.Scalars["N"]) }));
        return SoftmaxCe(noBatchAverage);
    }

    [Test]
    public void Mistake_TakesPrecedenceOverAGenericExplanation()
    {
        var problem = SoftmaxCeWithNoBatchAverage();

        var score = ProblemGrader.Grade(problem, Changing(problem, (c, o, v) => o == "dZ" ? ((Tensor)v).Map(x => x * c.Case.Dims.Scalars["N"]) : v));

        Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { "no-batch-average" }));
    }

    [Test]
    public void Feedback_NamedMistakeAndAnotherWrongOutput_SaysASecondMistakeRemains()
    {
        // Given softmax-ce's dZ not divided by N (a named mistake) and its loss off by a third (no model explains it)
        var problem = SoftmaxCeWithNoBatchAverage();

        // When
        var score = ProblemGrader.Grade(problem, Changing(problem, (c, o, v) => o == "dZ"
            ? ((Tensor)v).Map(x => x * c.Case.Dims.Scalars["N"])
            : ((Tensor)v).Map(x => x + (0.3 * (c.Case.Dims.Scalars["N"] + 1)))));

        // Then the mistake is named, and the loss is said to be wrong for another reason
        Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { "no-batch-average" }));
        Assert.That(score.Feedback, Does.EndWith("; loss is wrong too, for another reason: a second mistake remains there"));
    }

    [Test]
    public void Feedback_OneMistakeExplainsEveryWrongOutput_NoSecondMistakeSaid()
    {
        var score = GradeToy((_, o, v) => o is "W1" or "b1" ? ((Tensor)v).Map(x => -x) : v);

        Assert.That(score.Feedback, Does.Not.Contain("second mistake"));
    }

    [Test]
    public void Diagnoses_AcrossOutputs_AreListedOncePerIdAndOutput()
    {
        var score = GradeToy((_, o, v) => o is "W1" or "b1" ? ((Tensor)v).Map(x => -x) : v);

        Assert.Multiple(() =>
        {
            Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.SignFlipped }));
            Assert.That(score.Diagnoses.Select(d => d.Output), Is.EqualTo(new[] { "W1", "b1" }));
        });
    }

    [Test]
    public void Transposed_EveryMatrixOfAListTransposed_IsClaimed()
    {
        var expected = new TensorList([Random(1, 3, 2), Random(2, 1, 3)]);
        var problem = Problem("nielsen-backprop", 20, [Case("public", false, Outputs(("nabla_w", expected)))]);
        var got = new TensorList([.. expected.Items.Select(t => t.Transpose())]);

        var score = ProblemGrader.Grade(problem, Code(problem, _ => Outputs(("nabla_w", got))));

        Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.Transposed }));
    }

    [Test]
    public void Diagnoses_MissingInOneCaseFlippedInTheOthers_EachCaseGetsItsOwn()
    {
        var problem = ToyNetwork();
        var submission = Code(problem, c => c.Name == "hidden-2"
            ? c.Expected.Where(p => p.Key != "b1").ToDictionary()
            : c.Expected.ToDictionary(p => p.Key, p => p.Key == "b1" ? ((Tensor)p.Value).Map(x => -x) : p.Value));

        var score = ProblemGrader.Grade(problem, submission);

        Assert.Multiple(() =>
        {
            Assert.That(DiagnosisOf(score, "b1", "hidden-2")!.Id, Is.EqualTo(DiagnosisIds.MissingOutput));
            Assert.That(DiagnosisOf(score, "b1", "hidden-1")!.Id, Is.EqualTo(DiagnosisIds.SignFlipped));
            Assert.That(score.DiagnosisIds, Is.EquivalentTo(new[] { DiagnosisIds.MissingOutput, DiagnosisIds.SignFlipped }));
            Assert.That(score.Feedback, Does.EndWith("(also b1: missing-output)"));
        });
    }
}
