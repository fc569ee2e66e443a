"""Where the simulation's numbers come from.

Every calibrated constant in ``core`` carries one of these keys in a comment.
A constant without a key says that it is a modelling assumption and why.
"""

SOURCES: dict[str, str] = {
    "Felter2014": (
        "W. Felter, A. Ferreira, R. Rajamony, J. Rubio, 'An Updated Performance "
        "Comparison of Virtual Machines and Linux Containers', IBM Research "
        "Report RC25482, 2014 (ISPASS 2015)."
    ),
    "Barham2003": "P. Barham et al., 'Xen and the Art of Virtualization', SOSP 2003.",
    "Adams2006": (
        "K. Adams, O. Agesen, 'A Comparison of Software and Hardware Techniques "
        "for x86 Virtualization', ASPLOS 2006."
    ),
    "VMwareEPT2009": "VMware, 'Performance Evaluation of Intel EPT Hardware Assist', 2009.",
    "Waldspurger2002": (
        "C. Waldspurger, 'Memory Resource Management in VMware ESX Server', OSDI 2002."
    ),
    "Proxmox": "Proxmox VE Administration Guide, sections on virtio devices.",
    "Gordon2012": (
        "A. Gordon et al., 'ELI: Bare-Metal Performance for I/O Virtualization', "
        "ASPLOS 2012."
    ),
    "Manco2017": (
        "F. Manco et al., 'My VM is Lighter (and Safer) than your Container', SOSP 2017."
    ),
    "Firecracker": "Firecracker SPECIFICATION.md (micro-VM start-up and overhead targets).",
    "VMwareVMI2011": (
        "VMware Guest OS Guide blog, 'VMI retirement', September 2009: VMI "
        "paravirtualization support phased out of Workstation from 2010 and of "
        "vSphere in 2011."
    ),
    "LibvirtDomainXML": "libvirt, 'Domain XML format', https://libvirt.org/formatdomain.html.",
    "DMTF-OVF": "DMTF DSP0243, 'Open Virtualization Format Specification', version 2.1.1, 2015.",
    "ComposeSpec": "The Compose Specification, https://github.com/compose-spec/compose-spec (spec.md, deploy.md).",
    "VBoxSettings": (
        "Oracle VM VirtualBox source, src/VBox/Main/xml/VirtualBox-settings.xsd (the .vbox machine format)."
    ),
    "CloudSimPlus": (
        "CloudSim Plus source: schedulers, allocation policies, linear power model; its "
        "migration defaults (half the bandwidth, 10 % CPU) are a simulator's choices, not measurements."
    ),
    "Agesen2012": (
        "O. Agesen, J. Mattson, R. Rugina, J. Sheldon, 'Software Techniques for "
        "Avoiding Hardware Virtualization Exits', USENIX ATC 2012 (VM exit latency "
        "by CPU generation)."
    ),
    "Bhargava2008": (
        "R. Bhargava, B. Serebrin, F. Spadini, S. Manne, 'Accelerating Two-Dimensional "
        "Page Walks for Virtualized Systems', ASPLOS 2008."
    ),
    "Popek1974": (
        "G. Popek, R. Goldberg, 'Formal Requirements for Virtualizable Third "
        "Generation Architectures', CACM 17(7), 1974."
    ),
    "IntelSDM": (
        "Intel 64 and IA-32 Architectures Software Developer's Manual, Vol. 3C: "
        "VMX non-root operation (instructions that cause VM exits unconditionally)."
    ),
    "Russell2008": (
        "R. Russell, 'virtio: Towards a De-Facto Standard for Virtual I/O Devices', "
        "ACM SIGOPS Operating Systems Review 42(5), 2008."
    ),
    "Clark2005": (
        "C. Clark, K. Fraser, S. Hand, J. G. Hansen, E. Jul, C. Limpach, I. Pratt, A. Warfield, "
        "'Live Migration of Virtual Machines', NSDI 2005 (iterative pre-copy, writable working set)."
    ),
    "HyperVTLFS": (
        "Microsoft, 'Hypervisor Top-Level Functional Specification' (hypercalls and "
        "enlightenments of Hyper-V guests)."
    ),
    "HyperVArch": "Microsoft Learn, 'Hyper-V Architecture' (root partition, child partitions, VSP/VSC).",
    "VMwareESXiArch": "VMware, 'The Architecture of VMware ESXi', white paper, 2008 (the VMkernel).",
    "VMI2011": (
        "VMware, vSphere 5.0 release notes, 2011: guests using the VMI paravirtualization "
        "interface are no longer supported (retired after ESX 4.1)."
    ),
    "VMwareTPS2014": (
        "VMware KB 2080735, 'Security considerations and disallowing inter-Virtual Machine "
        "Transparent Page Sharing', 2014."
    ),
    "LinuxKSM": (
        "Linux kernel documentation, admin-guide/mm/ksm: Kernel Samepage Merging scans only "
        "when /sys/kernel/mm/ksm/run is set to 1."
    ),
    "VMwareSuspend": (
        "VMware Workstation Pro documentation, 'Suspend and Resume Virtual Machines': suspend saves "
        "the virtual machine's current state, and on resume the applications that were running "
        "continue in their running state."
    ),
    "VMwareEVC": (
        "VMware KB 1003212, 'Enhanced vMotion Compatibility (EVC) processor support': EVC "
        "masks CPU features within one vendor; vMotion between Intel and AMD hosts is not possible."
    ),
    "ProxmoxCT": (
        "Proxmox VE Administration Guide, 'Proxmox Container Toolkit': Linux containers "
        "run beside KVM virtual machines on one host."
    ),
    "CRIU": "CRIU (Checkpoint/Restore In Userspace), criu.org: checkpointing and restoring Linux "
            "processes and containers, used for container live migration.",
    "VirtualBoxManual": (
        "Oracle VM VirtualBox User Manual, 'Hardware vs. Software Virtualization': 64-bit "
        "guests need VT-x/AMD-V; software virtualization served 32-bit guests only."
    ),
    "Agache2020": (
        "A. Agache et al., 'Firecracker: Lightweight Virtualization for Serverless Applications', "
        "NSDI 2020 (boot to guest init in 125 ms or less, under 5 MiB of VMM memory per micro-VM)."
    ),
    "NIST800-145": "P. Mell, T. Grance, 'The NIST Definition of Cloud Computing', NIST SP 800-145, 2011.",
    "DockerBuild": (
        "Docker documentation, 'Dockerfile reference' and 'Build cache': each instruction makes a "
        "layer keyed by its parent and its text; ENV, CMD and EXPOSE change only the configuration."
    ),
    "DockerStorage": (
        "Docker documentation, 'Storage drivers' (overlay2): read-only image layers shared between "
        "images, a thin writable layer per container, copy-on-write; pulls skip layers already present."
    ),
    "LinuxNamespaces": "Linux man-pages, namespaces(7): pid, net, mnt, uts, ipc, user and cgroup namespaces.",
    "LinuxCgroupV2": (
        "Linux kernel documentation, 'Control Group v2' (cgroup-v2.rst): cpu.max quota/period, "
        "memory.max, and the OOM killer acting when a cgroup cannot stay under memory.max."
    ),
    "CFSBandwidth": (
        "Linux kernel documentation, 'CFS Bandwidth Control' (sched-bwc.rst): a group that uses its "
        "quota within a period is throttled until the next period."
    ),
    "VBoxNetworking": (
        "Oracle VM VirtualBox User Manual, chapter 'Virtual Networking': NAT (guest at 10.0.2.15, "
        "unreachable from outside without port forwarding), bridged, host-only (192.168.56.0/24)."
    ),
    "DockerNetworking": (
        "Docker documentation, 'Networking overview' and 'Bridge network driver': containers on the "
        "default bridge (docker0, 172.17.0.0/16) reach out through NAT; published ports let traffic in."
    ),
}
