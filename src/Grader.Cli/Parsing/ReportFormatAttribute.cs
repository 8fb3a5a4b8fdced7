using Grader.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Grader.Cli.Parsing;

/// <summary>An option that takes the names of report formats (<see cref="ReportFormats.Names"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class ReportFormatAttribute() : ParameterValidationAttribute(errorMessage: null!)
{
    public override ValidationResult Validate(CommandParameterContext context) => OneOfAttribute.Check(context.Value, ReportFormats.Names);
}
