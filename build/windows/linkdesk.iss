; Inno Setup 6.3+ script: a Windows installer (LinkDesk-Setup-<version>.exe) for the one-folder bundle.
; (6.3 or later: x64compatible, the official Korean.isl, UTF-8 script without BOM.)
;
; On the Windows build PC, from the repository root (Git Bash for the first line):
;   build/build_bundle.sh                                   -> dist\linkdesk\ (linkdesk.exe, linkdesk-cli.exe)
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 build\windows\linkdesk.iss
;                                                           -> dist\LinkDesk-Setup-0.1.0.exe
; The centre's IT person runs the setup once per counter PC (administrator rights; silent install:
; LinkDesk-Setup-0.1.0.exe /VERYSILENT /NORESTART). Nothing else is needed: Python and Qt are inside.
;
; What it does not touch: each staff member's data folder (%LOCALAPPDATA%\LinkDesk\LinkDesk: the
; local database, its backups, logs, preferences) and the configuration (%LOCALAPPDATA%\LinkDesk\
; LinkDesk\config.toml or wherever LINKDESK_CONFIG points). Uninstalling keeps them; an upgrade keeps
; them and the program migrates the database (with a backup) at its next start.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "LinkDesk"
#define AppNameKo "LinkDesk 자원봉사 실적연계"
#define BundleDir "..\..\dist\linkdesk"

[Setup]
; Never change AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{6F1C2A4E-8B37-4D55-9E0A-3C8D1B7F4A21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=LinkDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; One installation for every staff account on the PC.
PrivilegesRequired=admin
; Qt 6 runs on 64-bit Windows 10 and later only.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#BundleDir}\_internal\resources\icons\linkdesk.ico
UninstallDisplayIcon={app}\linkdesk.exe
UninstallDisplayName={#AppNameKo}
OutputDir=..\..\dist
OutputBaseFilename=LinkDesk-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running LinkDesk holds its DLLs open: ask to close it before files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
korean.DesktopIcon=바탕 화면에 바로 가기 만들기
english.DesktopIcon=Create a desktop shortcut
korean.LaunchNow=LinkDesk 실행
english.LaunchNow=Start LinkDesk
korean.CliShortcut=LinkDesk 명령줄 (관리용)
english.CliShortcut=LinkDesk command line (administration)

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: checkedonce

[InstallDelete]
; An upgrade must not leave the previous version's modules and DLLs beside the new ones:
; PyInstaller's _internal folder is replaced as a whole.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\linkdesk.exe"; WorkingDir: "{app}"; Comment: "{#AppNameKo}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\linkdesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon
; The console program for the IT person: opens a command prompt in the install folder.
Name: "{autoprograms}\{cm:CliShortcut}"; Filename: "{cmd}"; Parameters: "/k ""{app}\linkdesk-cli.exe"" --help"; WorkingDir: "{app}"

[Run]
Filename: "{app}\linkdesk.exe"; Description: "{cm:LaunchNow}"; Flags: nowait postinstall skipifsilent
