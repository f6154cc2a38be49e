; Inno Setup script for Kurzdraht on Windows: a per-user install (no administrator rights needed) with a
; Start-menu entry, an optional desktop icon and an uninstaller (Settings → Apps). Passwords go to the
; Windows Credential Manager: the keyring library uses it by itself on Windows, nothing to set up.
;
; Built by .github/workflows/windows-installer.yml on a Windows runner, after
;     python packaging\icons.py
;     python -m PyInstaller packaging\kurzdraht.spec --distpath dist\bundle --workpath build\pyinstaller
; with
;     iscc /DAppVersion=0.1.0 packaging\windows\kurzdraht.iss
; It cannot be built or tried on the Linux test machines.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\kurzdraht.iss
#endif

[Setup]
; The AppId identifies the app to Windows' uninstaller and to later updates: never change it.
AppId={{6B0C5E5A-3F0B-4E7B-9C64-1C2D4B8E7A11}
AppName=Kurzdraht
AppVersion={#AppVersion}
AppPublisher=Kurzdraht
DefaultDirName={localappdata}\Programs\Kurzdraht
DefaultGroupName=Kurzdraht
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=kurzdraht-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\icons\kurzdraht.ico
UninstallDisplayIcon={app}\kurzdrahtw.exe
UninstallDisplayName=Kurzdraht
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Kurzdraht may still run (in the tray): Setup asks to close it before it replaces its files.
CloseApplications=yes

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\bundle\kurzdraht\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Kurzdraht"; Filename: "{app}\kurzdrahtw.exe"
Name: "{autodesktop}\Kurzdraht"; Filename: "{app}\kurzdrahtw.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\kurzdrahtw.exe"; Description: "{cm:LaunchProgram,Kurzdraht}"; Flags: nowait postinstall skipifsilent

; The data folder (drafts, comments, backups in %APPDATA%\Kurzdraht) stays when Kurzdraht is
; uninstalled: it is the user's, and a reinstall finds it again.
