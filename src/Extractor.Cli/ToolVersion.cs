using System.Reflection;

namespace Extractor.Cli;

/// <summary>What <c>extractor --version</c> prints: the informational version, which carries the commit it was built from.</summary>
public static class ToolVersion
{
    public static string Text { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
