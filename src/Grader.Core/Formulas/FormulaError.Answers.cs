using System.Globalization;
using Grader.Specs;

namespace Grader.Formulas;

/// <summary>Messages about a formula as an answer: what it may name, and what it may cost.</summary>
internal static partial class FormulaError
{
    public static SpecException NamesAnAnswer(SourceText source, int offset, int length, string name) =>
        SpecError.InText(
            source,
            offset,
            length,
            $"'{name}' is what an output of this problem is defined as: a formula may not name another output's answer",
            "write it out from the problem's inputs and the model's intermediate values");

    public static SpecException TooCostly(SourceText source, int offset, int length, string shape, long entries) =>
        SpecError.InText(
            source,
            offset,
            length,
            string.Create(
                CultureInfo.InvariantCulture,
                $"on one of the grading cases this part is {shape}, {entries:N0} entries; a formula may build at most {FormulaLimits.MaxEntries:N0}"),
            "an outer product or a broadcast of two batches is rarely meant: check the transposes");

    public static SpecException TooMuchWork(SourceText source, int offset, int length, long work) =>
        SpecError.InText(
            source,
            offset,
            length,
            string.Create(
                CultureInfo.InvariantCulture,
                $"on one of the grading cases this formula takes more than {FormulaLimits.MaxWork:N0} operations by here ({work:N0})"),
            "a gradient of this problem is far cheaper: look for a product or a broadcast that builds more than it needs");

    public static SpecException NotationBroken(SourceText source, SpecException error) =>
        SpecError.InText(
            source,
            0,
            Math.Max(1, source.Text.Length),
            $"this problem's notation does not read, so no formula can be graded ({error.Message})",
            "this is the course's error, not yours: tell your instructor");
}
