using System.Globalization;
using System.Runtime.InteropServices;

namespace Extractor.Benchmarks;

/// <summary>What the figures were measured on, printed with them so they can be compared later.</summary>
public static class MachineDescription
{
    public static string Describe()
    {
        var cpu = "unknown CPU";
        if (File.Exists("/proc/cpuinfo"))
        {
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {RuntimeInformation.OSDescription}; {cpu}; {Environment.ProcessorCount} cores; {RuntimeInformation.FrameworkDescription}");
    }
}
