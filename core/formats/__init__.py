"""Real configuration files at VirtLab's edges: import and export.

Importers turn a VMware ``.vmx``, a VirtualBox ``.vbox``, a libvirt domain
XML, an OVF descriptor (or ``.ova`` archive) or a Docker Compose file into a
neutral :class:`~core.formats.model.Imported` (the stack the file suggests,
its guests, and a report of what was mapped and what was left out).
Exporters write a lab's guests back as libvirt XML, ``.vmx`` or Compose.

Every file is untrusted: read with a size limit, parsed with hardened parsers
(``defusedxml``, ``yaml.safe_load``), paths and URLs inside are never
followed and nothing is run.  Bad input raises :class:`FormatError`.
"""
