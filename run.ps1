<#
.SYNOPSIS
    Parses government information disclosure annual reports into reports.csv, values.csv, checks.csv and sections.csv;
    or crawls portals for them (-Crawl), adding documents.csv.

.DESCRIPTION
    Runs `extractor parse` (the default) or `extractor crawl` from a clone, with only the .NET SDK (and PowerShell 7)
    installed: `dotnet run --project src/Extractor.Cli -c <Configuration> -- <command> <Inputs> --out <Out>` from the
    folder of this script. Relative -Inputs, -Out, -State and -Log are taken from the current location, as for the
    program itself; URLs are passed as they are. The output files are replaced atomically; the exit code of the program
    is passed through: 0 the run completed, 1 the run could not complete (output or state not writable, state in use by
    another crawl), 2 bad arguments.

.PARAMETER Inputs
    parse: files and folders, searched recursively; defaults to the repository's fixtures folder.
    crawl: report or listing URLs and sources CSV files (url, agency, region_code, level, years); required.

.PARAMETER Out
    The output folder, created if missing. Defaults to output, under the current location.

.PARAMETER Configuration
    The build configuration. Defaults to Release.

.PARAMETER Command
    parse (the default) or crawl.

.PARAMETER Crawl
    Short for -Command crawl.

.PARAMETER State
    crawl only: the state folder (SQLite database, raw documents, lock, log). Defaults to state, under the current
    location. Keep it between runs: a run fetches only what is new or changed, and resumes one that was killed.

.PARAMETER Log
    crawl only: the JSON-lines log file. Defaults to crawl-log.jsonl in the state folder. A log of 64 MB or more when
    a run starts is rotated (crawl-log.1.jsonl, five kept); change that with -Arguments '--log-max-mb','256'.

.PARAMETER Arguments
    More options passed to the program as they are, e.g. @('--years', '2024', '--delay', '3').

.EXAMPLE
    ./run.ps1 -Inputs D:\reports\2023 -Out D:\reports\csv

    Parses every report under D:\reports\2023 and writes the CSV files to D:\reports\csv.

.EXAMPLE
    ./run.ps1 -Crawl -Inputs D:\crawl\sources.csv -State D:\crawl\state -Out D:\crawl\csv -Arguments '--years','2024-2025'

    Crawls the portals listed in sources.csv for the 2024 and 2025 reports.

.EXAMPLE
    schtasks /Create /TN "Extractor nightly" /SC DAILY /ST 02:00 /TR "pwsh -NoProfile -File C:\src\extractor\run.ps1 -Crawl -Inputs D:\crawl\sources.csv -State D:\crawl\state -Out D:\crawl\csv"

    Registers a Windows Task Scheduler job that crawls every night at 02:00. Give absolute paths: a task starts in
    C:\Windows\System32. The task's last run result is the exit code above, so a failed run shows as 1 or 2.
#>
[CmdletBinding()]
param(
    [string[]] $Inputs = @((Join-Path $PSScriptRoot 'fixtures')),
    [string] $Out = 'output',
    [string] $Configuration = 'Release',
    [ValidateSet('parse', 'crawl')]
    [string] $Command = 'parse',
    [switch] $Crawl,
    [string] $State = 'state',
    [string] $Log,
    [string[]] $Arguments = @()
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if ($Crawl) {
    $Command = 'crawl'
}

if ($Command -eq 'crawl' -and -not $PSBoundParameters.ContainsKey('Inputs')) {
    [Console]::Error.WriteLine('run.ps1: crawl needs -Inputs: report or listing URLs, or sources CSV files')
    exit 2
}

# dotnet run has to start in the repository, so paths are made absolute while the caller's location still applies.
function Resolve-Local([string] $Path) {
    $PSCmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)
}

$Inputs = @($Inputs | ForEach-Object { if ($_ -match '^[A-Za-z][A-Za-z0-9+.-]*://') { $_ } else { Resolve-Local $_ } })
$programArguments = @($Command) + $Inputs + @('--out', (Resolve-Local $Out))
if ($Command -eq 'crawl') {
    $programArguments += @('--state', (Resolve-Local $State))
    if ($Log) {
        $programArguments += @('--log', (Resolve-Local $Log))
    }
}

$programArguments += $Arguments

Push-Location $PSScriptRoot
try {
    dotnet run --project (Join-Path 'src' 'Extractor.Cli') -c $Configuration -- @programArguments
    $code = $LASTEXITCODE
}
finally {
    Pop-Location
}
exit $code
