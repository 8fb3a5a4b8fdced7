using Grader.Submissions;

namespace Grader.Checking;

/// <summary>
/// Diagnoses said in the words of where the answer came from: a formula written for one example is
/// told which sum it lacks, an output left out of answers.yaml was not "returned" by anything.
/// </summary>
internal static class DiagnosisWording
{
    public static Dictionary<OutputCheck, Diagnosis> For(ProblemSubmission? submission, string output, Dictionary<OutputCheck, Diagnosis> explained)
    {
        var perExample = submission?.Formulas.FirstOrDefault(f => f.Output == output && f.Error is null)?.RowIndex;
        var answers = submission?.Language == AttemptLanguage.Answers;
        foreach (var (check, diagnosis) in explained.ToList())
        {
            explained[check] = diagnosis.Id switch
            {
                DiagnosisIds.WrongShape when perExample is { } index && check.Got is { } got =>
                    Diagnosis.PerExampleNotSummed(output, got.Describe(), check.Expected.Describe(), index),
                DiagnosisIds.MissingOutput when answers => Diagnosis.NotAnswered(output),
                _ => diagnosis,
            };
        }

        return explained;
    }
}
