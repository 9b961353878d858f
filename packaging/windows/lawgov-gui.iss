; Inno Setup 6 script for lawgov-gui (法治政府报告阅读器).
;
; Packs the PyInstaller one-folder bundle dist\lawgov-gui\ into dist\lawgov-gui-<version>-setup.exe.
; Build the bundle first (see packaging\README.md), then, from the repository root:
;
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\lawgov-gui.iss
;
; Needs Inno Setup 6.3 or later (the x64compatible architecture identifier). The version
; below must match lawgov_gui\__init__.py (tests\test_desktop_files.py checks it); it can also
; be given on the command line: ISCC /DAppVersion=0.1.1 packaging\windows\lawgov-gui.iss
;
; The installer is per-user (no administrator rights, no UAC prompt): it installs into
; %LOCALAPPDATA%\Programs\lawgov-gui and registers its optional "Open with" entries under
; HKEY_CURRENT_USER\Software\Classes. It never takes over the default program of a file type.
;
; This file is UTF-8 with a byte-order mark, so that Inno Setup versions before 6.3 also read
; the Chinese text correctly.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "法治政府报告阅读器"
#define AppNameEn "Rule-of-Law Report Reader"
#define AppExeName "lawgov-gui.exe"
#define AppPublisher "lawgov_gui authors"
#define AppURL "https://github.com/lawgov/lawgov_gui"
#define ProgId "LawgovGui.Report"
#ifndef BundleDir
  #define BundleDir "..\..\dist\lawgov-gui"
#endif

; The Simplified Chinese messages are not shipped with every Inno Setup install. Use, in this
; order: packaging\windows\ChineseSimplified.isl (drop the file next to this script; it is
; not kept in the repository), then the copy in the compiler's Languages folder (official
; or Unofficial). The file comes from the Inno Setup translations repository:
; https://github.com/jrsoftware/issrc/tree/main/Files/Languages/Unofficial
; (listed on https://jrsoftware.org/files/istrans/).
#if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseIsl "ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\Unofficial\ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found: download it from https://github.com/jrsoftware/issrc/tree/main/Files/Languages/Unofficial and put it in packaging\windows\ (see packaging\README.md)
#endif

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
; (uuid5 of the DNS namespace and "io.github.lawgov_gui".)
AppId={{7D37ECAA-8C97-5285-929A-FE83BC60C804}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL={#AppURL}
AppSupportURL={#AppURL}/issues
AppUpdatesURL={#AppURL}/releases
AppComments={#AppNameEn}
DefaultDirName={autopf}\lawgov-gui
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and later only.
MinVersion=10.0
SetupIconFile=lawgov-gui.ico
UninstallDisplayIcon={app}\lawgov-gui.ico
UninstallDisplayName={#AppName}
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=lawgov-gui-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.OpenWithGroup=文件类型：
english.OpenWithGroup=File types:
chinesesimplified.OpenWithTask=加入 .txt、.html、.htm、.docx、.pdf 文件的“打开方式”菜单（不更改默认程序）
english.OpenWithTask=Add to "Open with" for .txt, .html, .htm, .docx and .pdf files (default programs are not changed)
chinesesimplified.ReportFileType=报告（法治政府报告阅读器）
english.ReportFileType=Report (Rule-of-Law Report Reader)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "openwith"; Description: "{cm:OpenWithTask}"; GroupDescription: "{cm:OpenWithGroup}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "lawgov-gui.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; IconFilename: "{app}\lawgov-gui.ico"; Comment: "{#AppNameEn}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; IconFilename: "{app}\lawgov-gui.ico"; Comment: "{#AppNameEn}"; Tasks: desktopicon

[Registry]
; "Open with" only (task openwith, unchecked by default). A ProgID for our verb, listed under
; each extension's OpenWithProgids; the extension's default value (its default program) is
; left alone. Applications\lawgov-gui.exe gives the "Open with" list a friendly name.
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ReportFileType}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\lawgov-gui.ico"; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExeName}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\lawgov-gui.ico"; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExeName}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".txt"; ValueData: ""; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".html"; ValueData: ""; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".htm"; ValueData: ""; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".docx"; ValueData: ""; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".pdf"; ValueData: ""; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\.txt\OpenWithProgids"; ValueType: none; ValueName: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\.html\OpenWithProgids"; ValueType: none; ValueName: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\.htm\OpenWithProgids"; ValueType: none; ValueName: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\.docx\OpenWithProgids"; ValueType: none; ValueName: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\.pdf\OpenWithProgids"; ValueType: none; ValueName: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: openwith

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
