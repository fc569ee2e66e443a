; A stand-in for virtlab.exe in the installer checks (check_installers.sh): a
; tiny 64-bit Windows program that, started, drops a marker file in %TEMP% and
; stays running for a while, so the installer's "VirtLab is running" check has
; a real process to find. Build: makensis /DOUTFILE=virtlab.exe dummy_app.nsi
Target amd64-unicode
Name "VirtLab stand-in"
OutFile "${OUTFILE}"
SilentInstall silent
RequestExecutionLevel user

Section
  FileOpen $0 "$TEMP\virtlab-stand-in.running" w
  FileClose $0
  Sleep 120000
  Delete "$TEMP\virtlab-stand-in.running"
SectionEnd
