#!/bin/sh
# /usr/bin/virtlab, installed by the VirtLab .deb: starts the bundled app.
# Arguments pass through unchanged: virtlab [SCENARIO.vlab] [--lang LANG] ...
exec /opt/virtlab/virtlab "$@"
