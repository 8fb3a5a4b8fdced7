using Grader.Checking;

namespace Grader.Class.Reports;

/// <summary>One problem across a class: how many passed, and how many students got each diagnosis.</summary>
public sealed class ProblemTally(string id)
{
    private readonly Dictionary<string, DiagnosisCount> _diagnoses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DerivationTally> _derivations = new(StringComparer.Ordinal);
    private readonly List<AccuracyTally> _accuracies = [];

    public string Id { get; } = id;

    public int Submissions { get; private set; }

    public int Passed { get; private set; }

    public int Attempted { get; private set; }

    public double PassRate => Submissions == 0 ? 0 : (double)Passed / Submissions;

    /// <summary>The diagnoses by how many students got them, most common first (ties by id).</summary>
    public IReadOnlyList<DiagnosisCount> Diagnoses =>
        [.. _diagnoses.Values.OrderByDescending(d => d.Students).ThenBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>Per output derived in write-ups: how many students, and how many with a wrong step (most broken first).</summary>
    public IReadOnlyList<DerivationTally> Derivations =>
        [.. _derivations.Values.OrderByDescending(d => d.Broken).ThenBy(d => d.Output, StringComparer.Ordinal)];

    /// <summary>A training problem's held-out accuracy per run, in the order the runs were first seen; empty for other problems.</summary>
    public IReadOnlyList<AccuracyTally> Accuracies => _accuracies;

    internal void Add(ProblemOutcome? outcome)
    {
        Submissions++;
        if (outcome is null)
        {
            return;
        }

        Passed += outcome.Passed ? 1 : 0;
        Attempted += outcome.Status == Checking.ProblemStatus.Missing ? 0 : 1;
        foreach (var output in outcome.Derived)
        {
            var seen = _derivations.GetValueOrDefault(output) ?? new DerivationTally(Id, output, 0, 0);
            _derivations[output] = seen with { Students = seen.Students + 1, Broken = seen.Broken + (outcome.Broken.Contains(output) ? 1 : 0) };
        }

        foreach (var run in outcome.Runs)
        {
            var tally = _accuracies.Find(a => a.Run == run.Run);
            if (tally is null)
            {
                tally = new AccuracyTally(Id, run.Run);
                _accuracies.Add(tally);
            }

            tally.Add(run);
        }

        foreach (var diagnosis in outcome.Diagnoses)
        {
            _diagnoses[diagnosis.Id] = _diagnoses.TryGetValue(diagnosis.Id, out var seen)
                ? seen with { Students = seen.Students + 1 }
                : new DiagnosisCount(diagnosis.Id, diagnosis.Message, 1);
        }
    }
}
