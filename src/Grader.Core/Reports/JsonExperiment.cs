using System.Text.Json;
using Grader.Checking;
using Grader.Values;

namespace Grader.Reports;

/// <summary>
/// A training problem in the instructor's JSON: per run the accuracy, thresholds, points, training time
/// and the learning curve the function printed; the time budget; the larger-λ check.
/// </summary>
internal static class JsonExperiment
{
    public static void Write(Utf8JsonWriter json, ExperimentFeedback experiment)
    {
        json.WriteStartObject("experiment");
        json.WriteString("unavailable", experiment.Unavailable);
        if (experiment.TimeBudget is { } budget)
        {
            json.WriteNumber("time_budget", budget.TotalSeconds);
        }
        else
        {
            json.WriteNull("time_budget");
        }

        json.WriteStartArray("runs");
        foreach (var run in experiment.Runs)
        {
            json.WriteStartObject();
            json.WriteString("run", run.Run);
            json.WriteStartObject("params");
            foreach (var (name, value) in run.Params)
            {
                json.WritePropertyName(name);
                ValueJson.WriteNumber(json, value);
            }

            json.WriteEndObject();
            Number(json, "accuracy", run.Accuracy);
            json.WriteNumber("zero_points_at", run.Thresholds.Zero);
            json.WriteNumber("full_marks_at", run.Thresholds.Full);
            json.WriteNumber("score", ReportText.Round(run.Points));
            json.WriteNumber("max_score", ReportText.Round(run.MaxPoints));
            json.WriteNumber("training_time", Math.Round(run.Duration.TotalSeconds, 3));
            json.WriteStartArray("learning_curve");
            foreach (var loss in run.Curve)
            {
                ValueJson.WriteNumber(json, loss);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (experiment.Regularization is { } check)
        {
            json.WriteStartObject("regularization");
            json.WriteString("weaker", check.Weaker);
            json.WriteString("stronger", check.Stronger);
            Number(json, "weaker_training_loss", check.WeakerLoss);
            Number(json, "stronger_training_loss", check.StrongerLoss);
            json.WriteBoolean("held", check.Held);
            json.WriteNumber("score", ReportText.Round(check.Points));
            json.WriteNumber("max_score", ReportText.Round(check.MaxPoints));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        json.WritePropertyName(name);
        if (value is { } x)
        {
            ValueJson.WriteNumber(json, x);
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
