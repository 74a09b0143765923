# Builds the Windows app-image target\dist\HumasDesk (HumasDesk.exe for the desktop, HumasDeskCli.exe
# for the command-line commands) and, with -Installer msi|exe, an installer beside it.
# UNTESTED: written on Linux beside packaging/linux/build.sh, which it mirrors step by step.
#
# Prerequisites: a JDK 17 with jmods\ (e.g. Temurin 17; JAVA_HOME set), Maven; for -Installer the
# WiX Toolset 3.x on PATH (jpackage 17 does not take WiX 4 or newer).
#
#   mvn -B -DskipTests package dependency:copy-dependencies "-DincludeScope=runtime" "-DoutputDirectory=target/libs"
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-Installer msi]
#
# On Windows Maven resolves the JavaFX jars with the "win" classifier; their DLLs go into the
# runtime's bin\ folder, where JavaFX finds them without unpacking them into %USERPROFILE%\.openjfx.
param(
    [ValidateSet('', 'msi', 'exe')] [string] $Installer = '',
    [string] $Version = ''
)
$ErrorActionPreference = 'Stop'

$root = Resolve-Path (Join-Path $PSScriptRoot '..\..')
$common = Join-Path $root 'packaging\common'
$target = Join-Path $root 'target'
$dist = Join-Path $target 'dist'
$work = Join-Path $target 'dist-work'
$jdk = $env:JAVA_HOME
if (-not $jdk -or -not (Test-Path (Join-Path $jdk 'jmods\java.base.jmod'))) {
    throw 'Set JAVA_HOME to a JDK 17 that has a jmods folder.'
}
if (-not $Version) {
    $jar = Get-ChildItem (Join-Path $target 'humasdesk-*.jar') | Select-Object -First 1
    if (-not $jar) { throw 'No target\humasdesk-<version>.jar: run the Maven command above first.' }
    $Version = $jar.BaseName -replace '^humasdesk-', ''
}
$mainJar = "humasdesk-$Version.jar"
$appVersion = $Version -replace '-.*$', ''
# The same JVM flags as the Linux launcher: the pom property app.jvm.flags.
$jvmFlags = ([xml](Get-Content (Join-Path $root 'pom.xml'))).project.properties.'app.jvm.flags'

function Read-List($file) {
    Get-Content $file | Where-Object { $_ -notmatch '^\s*(#|$)' } | ForEach-Object { $_.Trim() }
}

Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $work, (Join-Path $dist 'HumasDesk')
New-Item -ItemType Directory -Force (Join-Path $work 'input'), (Join-Path $work 'fx'), (Join-Path $work 'native'), $dist | Out-Null

Copy-Item (Join-Path $target $mainJar) (Join-Path $work 'input')
foreach ($f in Get-ChildItem (Join-Path $target 'libs\*.jar')) {
    if ($f.Name -like 'javafx-*-win.jar') { Copy-Item $f.FullName (Join-Path $work 'fx') }
    elseif ($f.Name -notlike 'javafx-*') { Copy-Item $f.FullName (Join-Path $work 'input') }
}
$fxJars = Get-ChildItem (Join-Path $work 'fx\*.jar')
if (-not $fxJars) { throw 'No JavaFX win jars in target\libs.' }

$modules = (Read-List (Join-Path $common 'runtime-modules.txt')) -join ','
$modulePath = ((@(Join-Path $jdk 'jmods') + $fxJars.FullName) -join ';')
& (Join-Path $jdk 'bin\jlink.exe') --module-path $modulePath --add-modules $modules `
    --include-locales=en,id --exclude-resources='glob:/javafx.*/*.dll' `
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive `
    --output (Join-Path $work 'runtime')
if ($LASTEXITCODE) { throw 'jlink failed' }

Push-Location (Join-Path $work 'native')
foreach ($j in $fxJars) {
    $dlls = & (Join-Path $jdk 'bin\jar.exe') tf $j.FullName | Where-Object { $_ -like '*.dll' }
    if ($dlls) { & (Join-Path $jdk 'bin\jar.exe') xf $j.FullName @dlls }
}
Pop-Location
Copy-Item (Join-Path $work 'native\*.dll') (Join-Path $work 'runtime\bin')

$javaOptions = @()
foreach ($o in ($jvmFlags -split '\s+') + (Read-List (Join-Path $common 'image-java-options.txt'))) {
    if ($o) { $javaOptions += @('--java-options', $o) }
}
# A second launcher with a console, for init, generate, bench and --help.
$cliProps = Join-Path $work 'HumasDeskCli.properties'
Set-Content $cliProps "win-console=true`r`n"

& (Join-Path $jdk 'bin\jpackage.exe') --type app-image --dest $dist --name HumasDesk `
    --app-version $appVersion --vendor HumasDesk `
    --description 'Editorial workstation for public-relations teams' `
    --runtime-image (Join-Path $work 'runtime') --input (Join-Path $work 'input') `
    --main-jar $mainJar --main-class id.humasdesk.app.Main `
    --icon (Join-Path $root 'packaging\windows\HumasDesk.ico') `
    --add-launcher "HumasDeskCli=$cliProps" @javaOptions
if ($LASTEXITCODE) { throw 'jpackage app-image failed' }
Write-Host "app-image: $(Join-Path $dist 'HumasDesk\HumasDesk.exe')"

if ($Installer) {
    & (Join-Path $jdk 'bin\jpackage.exe') --type $Installer --app-image (Join-Path $dist 'HumasDesk') `
        --dest $dist --name HumasDesk --app-version $appVersion --vendor HumasDesk `
        --win-menu --win-menu-group HumasDesk --win-shortcut --win-dir-chooser `
        --win-upgrade-uuid 6b0f4a52-3c1e-4c55-9d55-2f3d1a6b8e10
    if ($LASTEXITCODE) { throw "jpackage $Installer failed" }
    Get-ChildItem (Join-Path $dist "*.$Installer") | ForEach-Object { Write-Host "installer: $($_.FullName)" }
}
