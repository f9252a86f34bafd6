namespace Extractor.Cli.Workers;

/// <summary>
/// How to start a worker: this same program with the hidden verb. Found from where this assembly is, so it works
/// from the apphost (<c>dotnet run</c>, an installed tool), from <c>dotnet extractor.dll</c>, and from a test host
/// that references the program.
/// </summary>
/// <param name="FileName">The executable: the program's own apphost, or the dotnet host.</param>
/// <param name="Prefix">Arguments before the verb (<c>exec path/extractor.dll</c> for the dotnet host).</param>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> Prefix)
{
    public static WorkerLaunch OfThisProgram()
    {
        var assembly = typeof(WorkerLaunch).Assembly.Location;
        var process = Environment.ProcessPath;
        if (string.IsNullOrEmpty(assembly))
        {
            // A single-file publish: the process is the program.
            return new WorkerLaunch(process ?? throw new InvalidOperationException("cannot tell which program is running"), []);
        }

        var name = Path.GetFileNameWithoutExtension(assembly);
        // The apphost's whole file name: 'Extractor.Benchmarks' has no extension to drop, yet would lose '.Benchmarks'.
        if (process is not null
            && IsApphostOf(Path.GetFileName(process), name)
            && string.Equals(Path.GetDirectoryName(process), Path.GetDirectoryName(assembly), StringComparison.Ordinal))
        {
            return new WorkerLaunch(process, []);
        }

        if (!IsDotnet(process))
        {
            // Another program hosting this one (a benchmark): the program's own apphost, built next to it, if there.
            var apphost = Path.Combine(Path.GetDirectoryName(assembly)!, OperatingSystem.IsWindows() ? name + ".exe" : name);
            if (File.Exists(apphost))
            {
                return new WorkerLaunch(apphost, []);
            }
        }

        return new WorkerLaunch(DotnetHost(process), ["exec", assembly]);
    }

    private static bool IsApphostOf(string fileName, string name) =>
        string.Equals(fileName, name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(fileName, name + ".exe", StringComparison.OrdinalIgnoreCase);

    private static bool IsDotnet(string? process) =>
        process is not null && Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase);

    private static string DotnetHost(string? process)
    {
        if (IsDotnet(process))
        {
            return process!;
        }

        // Set by the SDK for the processes it starts (dotnet test, dotnet run); else whatever dotnet the PATH has.
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}
