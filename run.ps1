<#
.SYNOPSIS
    Parses government information disclosure annual reports into reports.csv, values.csv, checks.csv and sections.csv.

.DESCRIPTION
    Runs `extractor parse` from a clone, with only the .NET SDK (and PowerShell 7) installed:
    `dotnet run --project src/Extractor.Cli -c <Configuration> -- parse <Inputs> --out <Out>` from the folder of this
    script. Relative -Inputs and -Out are taken from the current location, as for the program itself. The output files
    are replaced atomically; the exit code of the program is passed through: 0 the run completed, 1 the run could not
    complete (output not writable), 2 bad arguments.

.PARAMETER Inputs
    Files and folders to parse; folders are searched recursively. Defaults to the repository's fixtures folder.

.PARAMETER Out
    The output folder, created if missing. Defaults to output, under the current location.

.PARAMETER Configuration
    The build configuration. Defaults to Release.

.EXAMPLE
    ./run.ps1 -Inputs D:\reports\2023 -Out D:\reports\csv

    Parses every report under D:\reports\2023 and writes the CSV files to D:\reports\csv.

.EXAMPLE
    schtasks /Create /TN "Extractor nightly" /SC DAILY /ST 02:00 /TR "pwsh -NoProfile -File C:\src\extractor\run.ps1 -Inputs D:\reports -Out D:\reports\csv"

    Registers a Windows Task Scheduler job that parses D:\reports every night at 02:00. Give absolute paths: a task
    starts in C:\Windows\System32. The task's last run result is the exit code above, so a failed run shows as 1 or 2.
#>
[CmdletBinding()]
param(
    [string[]] $Inputs = @((Join-Path $PSScriptRoot 'fixtures')),
    [string] $Out = 'output',
    [string] $Configuration = 'Release'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# dotnet run has to start in the repository, so paths are made absolute while the caller's location still applies.
$Inputs = @($Inputs | ForEach-Object { $PSCmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath($_) })
$Out = $PSCmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Out)

Push-Location $PSScriptRoot
try {
    dotnet run --project (Join-Path 'src' 'Extractor.Cli') -c $Configuration -- parse @Inputs --out $Out
    $code = $LASTEXITCODE
}
finally {
    Pop-Location
}
exit $code
