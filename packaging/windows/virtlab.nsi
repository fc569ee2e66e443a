; VirtLab installer for Windows (NSIS 3), a 64-bit installer for 64-bit Windows.
; Per-machine install under Program Files (or /D=), Start-menu entry, optional
; desktop shortcut, .vlab files open in VirtLab with their own icon, VirtLab in
; Default Apps, upgrades in place, refuses downgrades and a running copy, and an
; uninstaller that removes all of it.
;
; Build (see README.md):  makensis /DVERSION=0.1.0 packaging\windows\virtlab.nsi
;   /DPAYLOAD=dir   the PyInstaller one-folder bundle (default ..\..\dist\virtlab)
;   /DOUTFILE=file  the installer to write (default ..\..\dist\virtlab-<VERSION>-setup.exe)
;
; Command line of the installer (all optional; /D= must come last, unquoted):
;   /S                 silent install
;   /NODESKTOP         no desktop shortcut (also a tick box on the components page)
;   /ALLOWDOWNGRADE    install over a newer version
;   /LANGUAGE=zh_CN /AUTOSAVE=120 /SUBMISSIONS=H:\labs /STARTLAB=C:\labs\week1.vlab
;                      lab-wide defaults in HKLM\Software\VirtLab (docs/install.md)
;   /D=C:\Apps\VirtLab install folder; remembered for later upgrades
; Exit codes: 0 done, 1 cancelled, 2 aborted, 3 a newer version is installed,
; 4 VirtLab is running.

Target amd64-unicode  ; 64-bit installer: writes the 64-bit registry view natively
!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\dist\virtlab"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\virtlab-${VERSION}-setup.exe"
!endif

!define APP "VirtLab"
!define EXE "virtlab.exe"
!define PROGID "VirtLab.Lab"
!define APP_KEY "Software\${APP}"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define EXIT_NEWER_INSTALLED 3
!define EXIT_RUNNING 4

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
; A 64-bit installer reads this in the 64-bit view: an upgrade finds the folder
; the first install chose with /D= or on the directory page.
InstallDirRegKey HKLM "${APP_KEY}" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "The VirtLab developers (MIT)"

!define MUI_ICON "virtlab.ico"
!define MUI_UNICON "virtlab.ico"
!define MUI_ABORTWARNING
; The installer runs elevated; "Run VirtLab" on the finish page must not start
; the app with the administrator's token, so Explorer (the user's own shell)
; starts it instead of Exec.
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION RunAsUser

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString MsgRunning ${LANG_ENGLISH} "${APP} is running. Close it, then click Retry."
LangString MsgRunning ${LANG_SIMPCHINESE} "${APP} 正在运行。请先关闭它，然后点击“重试”。"
LangString MsgNewer ${LANG_ENGLISH} "${APP} $0 is already installed, newer than ${VERSION}. Uninstall it first to go back to ${VERSION}."
LangString MsgNewer ${LANG_SIMPCHINESE} "已安装更新的 ${APP} $0（本安装程序为 ${VERSION}）。如需退回 ${VERSION}，请先卸载它。"

Section "VirtLab" SecMain
  SectionIn RO
  ; An upgrade replaces the old files instead of mixing two versions.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"
  File "virtlab.ico"
  File "vlab-file.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\virtlab.ico"
  CreateShortcut "$SMPROGRAMS\${APP}\Uninstall ${APP}.lnk" "$INSTDIR\uninstall.exe"
  ; Reinstalling without the desktop shortcut takes an old one away.
  Delete "$DESKTOP\${APP}.lnk"

  ; .vlab -> VirtLab.Lab: double-click opens the lab, with the lab-file icon.
  WriteRegStr HKLM "Software\Classes\.vlab" "" "${PROGID}"
  WriteRegStr HKLM "Software\Classes\.vlab" "Content Type" "application/x-virtlab"
  WriteRegStr HKLM "Software\Classes\.vlab\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKLM "Software\Classes\${PROGID}" "" "VirtLab lab"
  WriteRegStr HKLM "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\vlab-file.ico"
  WriteRegStr HKLM "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKLM "Software\Classes\Applications\${EXE}\SupportedTypes" ".vlab" ""
  WriteRegStr HKLM "Software\Classes\Applications\${EXE}" "FriendlyAppName" "${APP}"

  ; Default Apps (Settings > Apps > Default apps): the capabilities VirtLab
  ; offers, found through RegisteredApplications.
  WriteRegStr HKLM "${APP_KEY}\Capabilities" "ApplicationName" "${APP}"
  WriteRegStr HKLM "${APP_KEY}\Capabilities" "ApplicationDescription" "Learn virtualization and containers by simulation"
  WriteRegStr HKLM "${APP_KEY}\Capabilities" "ApplicationIcon" "$INSTDIR\virtlab.ico"
  WriteRegStr HKLM "${APP_KEY}\Capabilities\FileAssociations" ".vlab" "${PROGID}"
  WriteRegStr HKLM "Software\RegisteredApplications" "${APP}" "${APP_KEY}\Capabilities"

  WriteRegStr HKLM "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "The VirtLab developers"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\virtlab.ico"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" $0

  Call WriteAdminDefaults
  ; Tell Explorer the file associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Desktop shortcut" SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\virtlab.ico"
SectionEnd

; $R9 = 1 if a process named virtlab.exe runs (any user, any folder).
; Toolhelp snapshot through the System plugin: no extra plugin to ship, and the
; same call works on Windows and Wine. PROCESSENTRY32W on x64: 44 bytes of
; fields (4 bytes of padding before the 8-byte heap id), then szExeFile[260].
!macro FindRunning UN
Function ${UN}FindRunning
  StrCpy $R9 0
  System::Call 'kernel32::CreateToolhelp32Snapshot(i 2, i 0) p .r6'
  ${If} $6 P<> -1
    System::Call '*(i 568, i 0, i 0, i 0, p 0, i 0, i 0, i 0, i 0, i 0, &w260 "", i 0) p .r7'
    System::Call 'kernel32::Process32FirstW(p r6, p r7) i .r8'
    ${DoWhile} $8 <> 0
      System::Call '*$7(i, i, i, i, p, i, i, i, i, i, &w260 .r9)'
      ${If} $9 == "${EXE}"
        StrCpy $R9 1
        ${Break}
      ${EndIf}
      System::Call 'kernel32::Process32NextW(p r6, p r7) i .r8'
    ${Loop}
    System::Free $7
    System::Call 'kernel32::CloseHandle(p r6)'
  ${EndIf}
FunctionEnd

; Retry until VirtLab is closed; silent (or Cancel): quit with EXIT_RUNNING.
Function ${UN}RefuseWhileRunning
  ${Do}
    Call ${UN}FindRunning
    ${If} $R9 == 0
      Return
    ${EndIf}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(MsgRunning)" /SD IDCANCEL IDRETRY again
    SetErrorLevel ${EXIT_RUNNING}
    Quit
    again:
  ${Loop}
FunctionEnd
!macroend
!insertmacro FindRunning ""
!insertmacro FindRunning "un."

; /NAME=value -> HKLM\Software\VirtLab "key", only when given.
!macro AdminDefault OPTION KEY
  ClearErrors
  ${GetOptions} $R0 "/${OPTION}=" $R1
  ${IfNot} ${Errors}
    WriteRegStr HKLM "${APP_KEY}" "${KEY}" "$R1"
  ${EndIf}
!macroend

Function WriteAdminDefaults
  ${GetParameters} $R0
  !insertmacro AdminDefault LANGUAGE language
  !insertmacro AdminDefault AUTOSAVE autosave_seconds
  !insertmacro AdminDefault SUBMISSIONS submission_folder
  !insertmacro AdminDefault STARTLAB start_lab
FunctionEnd

Function RunAsUser
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${EXE}"'
FunctionEnd

Function .onInit
  SetShellVarContext all  ; shortcuts for every user of the lab PC
  Call RefuseWhileRunning
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/NODESKTOP" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecDesktop} 0
  ${EndIf}
  ; Downgrades are refused unless asked for: an older build over a newer one
  ; could meet lab files and settings it does not understand.
  ReadRegStr $0 HKLM "${UNINST_KEY}" "DisplayVersion"
  ClearErrors
  ${GetOptions} $R0 "/ALLOWDOWNGRADE" $R1
  ${If} ${Errors}
  ${AndIf} $0 != ""
    ${VersionCompare} "$0" "${VERSION}" $1
    ${If} $1 == 1
      MessageBox MB_ICONSTOP "$(MsgNewer)" /SD IDOK
      SetErrorLevel ${EXIT_NEWER_INSTALLED}
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd

Function un.onInit
  SetShellVarContext all
  Call un.RefuseWhileRunning
FunctionEnd

Section "Uninstall"
  Delete "$DESKTOP\${APP}.lnk"
  RMDir /r "$SMPROGRAMS\${APP}"

  ; Remove the association only while it still points at VirtLab.
  ReadRegStr $0 HKLM "Software\Classes\.vlab" ""
  ${If} $0 == "${PROGID}"
    DeleteRegKey HKLM "Software\Classes\.vlab"
  ${Else}
    DeleteRegValue HKLM "Software\Classes\.vlab\OpenWithProgids" "${PROGID}"
  ${EndIf}
  DeleteRegKey HKLM "Software\Classes\${PROGID}"
  DeleteRegKey HKLM "Software\Classes\Applications\${EXE}"
  DeleteRegValue HKLM "Software\RegisteredApplications" "${APP}"
  ; Also the lab-wide defaults: nothing of VirtLab stays behind.
  DeleteRegKey HKLM "${APP_KEY}"
  DeleteRegKey HKLM "${UNINST_KEY}"

  ; $INSTDIR is VirtLab's own folder: everything in it was installed here.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\virtlab.ico"
  Delete "$INSTDIR\vlab-file.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
