using Spectre.Console.Cli;

namespace Grader.Cli.Parsing;

/// <summary>A verb that long runs can stop: Ctrl-C or SIGTERM cancels its token (<see cref="ProcessTermination"/>).</summary>
internal abstract class CancellableCommand<TSettings> : AsyncCommand<TSettings>
    where TSettings : CommandSettings
{
    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings)
    {
        using var termination = new ProcessTermination();
        try
        {
            return await ExecuteAsync(settings, termination.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (termination.ExitCode != 0)
        {
            return termination.ExitCode;
        }
    }

    protected abstract Task<int> ExecuteAsync(TSettings settings, CancellationToken ct);
}
