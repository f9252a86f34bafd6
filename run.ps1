<#
.SYNOPSIS
    Parses government information disclosure annual reports into reports.csv, values.csv, checks.csv and sections.csv;
    or crawls portals for them (-Crawl), adding documents.csv.

.DESCRIPTION
    Runs `extractor parse` (the default) or `extractor crawl` from a clone, with only the .NET SDK installed:
    `dotnet run --project src/Extractor.Cli -c <Configuration> -- <command> <Inputs> --out <Out>` from the folder of
    this script, whatever the current folder. Without PowerShell installed, from the clone:

        dotnet tool restore
        dotnet tool run pwsh -- -File run.ps1 -Inputs D:\reports -Out D:\csv

    and from any other folder (the same PowerShell, run from the NuGet cache without the clone's manifest):

        dotnet tool execute PowerShell@7.6.9 -- -File C:\src\extractor\run.ps1 -Inputs D:\reports -Out D:\csv

    Started by Windows PowerShell 5.1 (powershell.exe, in every Windows), the script runs itself again with that
    PowerShell 7 from the clone's tool manifest, whatever the current folder.

    Parameters: -Inputs, -Out, -Configuration, -Command, -Crawl, -State, -Log, -Arguments, -NoBuild, -ViaLocalTool,
    -Help (names may be shortened while they stay unique, in any case). Relative -Inputs, -Out, -State and -Log are taken from the current location, as for the
    program itself; URLs are passed as they are. The output files are replaced atomically; the exit code of the program
    is passed through: 0 the run completed, 1 the run could not complete (output or state not writable, state in use by
    another crawl), 2 bad arguments.

.PARAMETER Inputs
    parse: files and folders, searched recursively; defaults to the repository's fixtures folder. Several paths as
    PowerShell users write them: -Inputs a, b or -Inputs a b (also from cmd or a shell through -File); paths given
    before any parameter name are inputs too.
    crawl: report or listing URLs and sources CSV files (url, agency, region_code, level, years); required.

.PARAMETER Out
    The output folder, created if missing. Defaults to output, under the current location.

.PARAMETER Configuration
    The build configuration: Release (the default) or Debug.

.PARAMETER NoBuild
    Runs the program as last built, without building it first.

.PARAMETER ViaLocalTool
    Runs the script again with the PowerShell 7 of the clone's tool manifest (`dotnet tool run pwsh` in the clone),
    as it does by itself under Windows PowerShell 5.1.

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
    ./run.ps1 -Inputs D:\reports\2023 D:\reports\2024 -Out D:\reports\csv

    Parses every report under D:\reports\2023 and D:\reports\2024 and writes the CSV files to D:\reports\csv.

.EXAMPLE
    ./run.ps1 -Crawl -Inputs D:\crawl\sources.csv -State D:\crawl\state -Out D:\crawl\csv -Arguments '--years','2024-2025'

    Crawls the portals listed in sources.csv for the 2024 and 2025 reports.

.EXAMPLE
    schtasks /Create /TN "Extractor nightly" /SC DAILY /ST 02:00 /TR "pwsh -NoProfile -File C:\src\extractor\run.ps1 -Crawl -Inputs D:\crawl\sources.csv -State D:\crawl\state -Out D:\crawl\csv"

    Registers a Windows Task Scheduler job that crawls every night at 02:00. Give absolute paths: a task starts in
    C:\Windows\System32. The task's last run result is the exit code above, so a failed run shows as 1 or 2.
#>

# No param() block: PowerShell's binding gives a stray argument to the next free parameter (`-Inputs a b` made `b` the
# configuration) and reports an unknown parameter in colour with exit code 1. The arguments are read here instead.
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
if (Get-Variable -Name PSStyle -ErrorAction SilentlyContinue) {
    $PSStyle.OutputRendering = 'PlainText'
}

function Stop-WithUsage([string] $Message) {
    [Console]::Error.WriteLine("run.ps1: $Message (see Get-Help $PSCommandPath)")
    exit 2
}

$parameters = [ordered]@{
    Inputs = 'many'; Out = 'one'; Configuration = 'one'; Command = 'one'; Crawl = 'switch'; State = 'one'; Log = 'one'
    Arguments = 'many'; NoBuild = 'switch'; ViaLocalTool = 'switch'; Help = 'switch'
}
$switchAt = @{}
$given = @{}
$current = 'Inputs'
$positional = $true
$tokens = @(foreach ($arg in $args) { foreach ($item in @($arg)) { [string] $item } })
for ($i = 0; $i -lt $tokens.Count; $i++) {
    $token = $tokens[$i]
    if ($token -cmatch '^-([A-Za-z]+)(?::(.*))?$') {
        $name = $Matches[1]
        $inline = $Matches[2]
        $found = @($parameters.Keys | Where-Object { $_ -eq $name })
        if ($found.Count -eq 0) {
            $found = @($parameters.Keys | Where-Object { $_ -like "$name*" })
        }

        if ($found.Count -ne 1) {
            $known = ($parameters.Keys | ForEach-Object { "-$_" }) -join ', '
            Stop-WithUsage $(if ($found.Count -eq 0) { "unknown parameter '$token' (parameters: $known)" } else { "ambiguous parameter '$token': $(($found | ForEach-Object { "-$_" }) -join ', ')" })
        }

        $name = $found[0]
        if ($given.ContainsKey($name) -and $parameters[$name] -ne 'many') {
            Stop-WithUsage "-$name given more than once"
        }

        if ($parameters[$name] -eq 'switch') {
            $switchAt[$name] = $i
            $given[$name] = @($(if ($null -ne $inline) { $inline } else { 'true' }))
            $current = $null
            continue
        }

        if (-not $given.ContainsKey($name)) {
            $given[$name] = [System.Collections.Generic.List[string]]::new()
        }

        $current = $name
        $positional = $false
        if ($null -ne $inline -and $inline -ne '') {
            $given[$name].Add($inline)
        }

        continue
    }

    if ($null -eq $current -or ($parameters[$current] -eq 'one' -and $given[$current].Count -ge 1)) {
        $after = if ($null -eq $current) { "after $($tokens[$i - 1])" } else { "after -$current $($given[$current][0])" }
        Stop-WithUsage "unexpected argument '$token' $after (only -Inputs and -Arguments take several values)"
    }

    if ($positional -and -not $given.ContainsKey('Inputs')) {
        $given['Inputs'] = [System.Collections.Generic.List[string]]::new()
    }

    $given[$current].Add($token)
}

foreach ($name in @($given.Keys)) {
    if ($parameters[$name] -ne 'switch' -and $given[$name].Count -eq 0) {
        Stop-WithUsage "-$name needs a value"
    }
}

if ($given.ContainsKey('Help')) {
    Get-Help $PSCommandPath -Full
    exit 0
}

function Test-Switch([string] $Name) {
    $given.ContainsKey($Name) -and $given[$Name][0] -notin @('false', '$false', '0')
}

function Get-One([string] $Name, [string] $Default) {
    if ($given.ContainsKey($Name)) { $given[$Name][0] } else { $Default }
}

# Windows PowerShell 5.1 (in every Windows) or -ViaLocalTool: run again with the PowerShell 7 of the clone's tool
# manifest, found next to this script whatever the current folder; relative paths stay the caller's.
if (($PSVersionTable.PSVersion.Major -lt 7 -or (Test-Switch 'ViaLocalTool')) -and -not $env:EXTRACTOR_RUN_PS1_FROM) {
    $again = @(for ($i = 0; $i -lt $tokens.Count; $i++) { if ($i -ne $switchAt['ViaLocalTool']) { $tokens[$i] } })
    $env:EXTRACTOR_RUN_PS1_FROM = (Get-Location).ProviderPath
    Push-Location $PSScriptRoot
    try {
        dotnet tool restore | Out-Null
        dotnet tool run pwsh -- -NoProfile -File $PSCommandPath @again
        $code = $LASTEXITCODE
    }
    finally {
        Pop-Location
        Remove-Item Env:EXTRACTOR_RUN_PS1_FROM
    }
    exit $code
}

if ($env:EXTRACTOR_RUN_PS1_FROM) {
    Set-Location -LiteralPath $env:EXTRACTOR_RUN_PS1_FROM
    Remove-Item Env:EXTRACTOR_RUN_PS1_FROM
}

$Configuration = Get-One 'Configuration' 'Release'
if ($Configuration -notin @('Release', 'Debug')) {
    Stop-WithUsage "-Configuration must be Release or Debug, not '$Configuration'"
}

$Command = Get-One 'Command' 'parse'
if ($Command -notin @('parse', 'crawl')) {
    Stop-WithUsage "-Command must be parse or crawl, not '$Command'"
}

if (Test-Switch 'Crawl') {
    $Command = 'crawl'
}

if ($Command -eq 'crawl' -and -not $given.ContainsKey('Inputs')) {
    Stop-WithUsage 'crawl needs -Inputs: report or listing URLs, or sources CSV files'
}

# "-Inputs a, b" from cmd or a shell arrives as the strings "a," and "b"; "a,b" as one string where no such path
# exists (a URL is never split: its query may hold commas).
$Inputs = @(
    if ($given.ContainsKey('Inputs')) {
        foreach ($item in $given['Inputs']) {
            $item = $item.TrimEnd(',')
            if ($item.Contains(',') -and $item -notmatch '^[A-Za-z][A-Za-z0-9+.-]*://' -and -not (Test-Path -LiteralPath $item)) {
                $item.Split(',') | ForEach-Object { $_.Trim() } | Where-Object { $_ -ne '' }
            }
            elseif ($item -ne '') {
                $item
            }
        }
    }
    else {
        Join-Path $PSScriptRoot 'fixtures'
    })

# dotnet run has to start in the repository, so paths are made absolute while the caller's location still applies.
function Resolve-Local([string] $Path) {
    $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)
}

$Inputs = @($Inputs | ForEach-Object { if ($_ -match '^[A-Za-z][A-Za-z0-9+.-]*://') { $_ } else { Resolve-Local $_ } })
$programArguments = @($Command) + @('--out', (Resolve-Local (Get-One 'Out' 'output')))
if ($Command -eq 'crawl') {
    $programArguments += @('--state', (Resolve-Local (Get-One 'State' 'state')))
    if ($given.ContainsKey('Log')) {
        $programArguments += @('--log', (Resolve-Local $given['Log'][0]))
    }
}

if ($given.ContainsKey('Arguments')) {
    $programArguments += @($given['Arguments'])
}

# The inputs come last, after "--", so a path starting with '-' is never taken for an option.
$programArguments += @('--') + $Inputs

$runOptions = @('--project', (Join-Path 'src' 'Extractor.Cli'), '-c', $Configuration)
if (Test-Switch 'NoBuild') {
    $runOptions += '--no-build'
}

Push-Location $PSScriptRoot
try {
    dotnet run @runOptions -- @programArguments
    $code = $LASTEXITCODE
}
finally {
    Pop-Location
}
exit $code
