"""The Learn panel's explanations, in VirtLab's own words, marked for translation.

One title and one short text per concept id of ``core.course.concepts``; names for
the figures the simulation uses.  Strings are marked with QT_TRANSLATE_NOOP
(context "LearnTexts") and translated where shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_T = "LearnTexts"

TITLES = {
    "hardware": QT_TRANSLATE_NOOP("LearnTexts", "Physical hardware"),
    "hostos": QT_TRANSLATE_NOOP("LearnTexts", "Host operating system"),
    "vmm": QT_TRANSLATE_NOOP("LearnTexts", "VMM application (hosted hypervisor)"),
    "hypervisor": QT_TRANSLATE_NOOP("LearnTexts", "Bare-metal hypervisor"),
    "mgmt": QT_TRANSLATE_NOOP("LearnTexts", "Dom0 / root partition"),
    "kvm": QT_TRANSLATE_NOOP("LearnTexts", "KVM kernel module"),
    "qemu": QT_TRANSLATE_NOOP("LearnTexts", "QEMU device emulator"),
    "daemon": QT_TRANSLATE_NOOP("LearnTexts", "Docker daemon"),
    "client": QT_TRANSLATE_NOOP("LearnTexts", "Docker client"),
    "registry": QT_TRANSLATE_NOOP("LearnTexts", "Image registry"),
    "image": QT_TRANSLATE_NOOP("LearnTexts", "Container image"),
    "guestos": QT_TRANSLATE_NOOP("LearnTexts", "Guest operating system"),
    "container": QT_TRANSLATE_NOOP("LearnTexts", "Container"),
    "container-in-vm": QT_TRANSLATE_NOOP("LearnTexts", "Container inside a VM"),
    "app": QT_TRANSLATE_NOOP("LearnTexts", "Application (workload)"),
    "vswitch": QT_TRANSLATE_NOOP("LearnTexts", "Virtual switch (network virtualization)"),
    "datastore": QT_TRANSLATE_NOOP("LearnTexts", "Datastore (storage virtualization)"),
    "mode:native": QT_TRANSLATE_NOOP("LearnTexts", "Native: no virtualization"),
    "mode:hosted": QT_TRANSLATE_NOOP("LearnTexts", "Hosted virtualization (type 2)"),
    "mode:bare-metal": QT_TRANSLATE_NOOP("LearnTexts", "Bare-metal virtualization (type 1)"),
    "mode:hybrid": QT_TRANSLATE_NOOP("LearnTexts", "Hybrid virtualization (KVM + QEMU)"),
    "mode:container": QT_TRANSLATE_NOOP("LearnTexts", "Container host"),
    "technique:full": QT_TRANSLATE_NOOP("LearnTexts", "Full virtualization (binary translation)"),
    "technique:para": QT_TRANSLATE_NOOP("LearnTexts", "Paravirtualization"),
    "technique:hardware": QT_TRANSLATE_NOOP("LearnTexts", "Full virtualization (hardware-assisted)"),
    "ept": QT_TRANSLATE_NOOP("LearnTexts", "EPT/NPT versus shadow page tables"),
    "io:emulated": QT_TRANSLATE_NOOP("LearnTexts", "Emulated devices"),
    "io:paravirtual": QT_TRANSLATE_NOOP("LearnTexts", "Paravirtual devices (virtio)"),
    "io:passthrough": QT_TRANSLATE_NOOP("LearnTexts", "Device passthrough"),
    "network:nat": QT_TRANSLATE_NOOP("LearnTexts", "NAT networking"),
    "network:bridged": QT_TRANSLATE_NOOP("LearnTexts", "Bridged networking"),
    "network:host-only": QT_TRANSLATE_NOOP("LearnTexts", "Host-only networking"),
    "network:host": QT_TRANSLATE_NOOP("LearnTexts", "Host networking (containers)"),
    "overcommit": QT_TRANSLATE_NOOP("LearnTexts", "CPU overcommit and ready time"),
    "page-sharing": QT_TRANSLATE_NOOP("LearnTexts", "Page sharing"),
    "ballooning": QT_TRANSLATE_NOOP("LearnTexts", "Ballooning"),
    "swap": QT_TRANSLATE_NOOP("LearnTexts", "Hypervisor swapping"),
    "mechanism:instruction": QT_TRANSLATE_NOOP("LearnTexts", "Inside: one privileged instruction"),
    "mechanism:memory": QT_TRANSLATE_NOOP("LearnTexts", "Inside: one memory access"),
    "mechanism:io": QT_TRANSLATE_NOOP("LearnTexts", "Inside: one I/O request"),
    "migration": QT_TRANSLATE_NOOP("LearnTexts", "Live migration"),
    "cloud": QT_TRANSLATE_NOOP("LearnTexts", "Cloud computing and virtualization"),
}

TEXTS = {
    "hardware": QT_TRANSLATE_NOOP("LearnTexts", "The real machine: CPU cores, memory, disks and network cards. Every layer above it shares these, so whatever a layer spends is missing for the guests. Whether the CPU has VT-x/AMD-V and EPT/NPT decides which stacks and techniques are possible on it; an old laptop without them cannot run KVM."),
    "hostos": QT_TRANSLATE_NOOP("LearnTexts", "An ordinary operating system (Linux or Windows) that owns the hardware and its drivers. In a hosted stack every guest disk or network request ends up as a request to this OS, which is why hosted I/O is slow. Under KVM the host kernel itself schedules the VMs, and under Docker it runs the containers' processes directly."),
    "vmm": QT_TRANSLATE_NOOP("LearnTexts", "The virtual machine monitor of a hosted stack is an application, like VMware Workstation or VirtualBox. It traps the guest's privileged work and switches between the guest and the host OS whenever a timer, interrupt or page fault needs the host. These world switches are the extra cost of type 2 over type 1: two operating systems have to cooperate for each device access. The classic measurements of binary translation were made on such a hosted VMM."),
    "hypervisor": QT_TRANSLATE_NOOP("LearnTexts", "A kernel installed directly on the hardware (ESXi, Xen, Hyper-V, FusionSphere). It schedules the VMs' vCPUs and handles their traps without a general-purpose OS underneath, which is why type 1 is faster than type 2. How it reaches devices differs: ESXi's VMkernel carries its own drivers, while Xen and Hyper-V leave the drivers to a privileged OS beside them (Dom0, the root partition). Nor is every hypervisor a customised Linux: KVM is part of Linux and Xen's Dom0 is usually Linux, but ESXi's VMkernel and Hyper-V are kernels of their own."),
    "mgmt": QT_TRANSLATE_NOOP("LearnTexts", "Xen's Dom0 (Hyper-V's root partition) is a privileged VM that owns the real device drivers and runs the management tools. The other guests (DomU) send their I/O through split drivers to backends in Dom0. So Dom0 uses CPU and memory of its own, and a busy Dom0 slows every guest's I/O."),
    "kvm": QT_TRANSLATE_NOOP("LearnTexts", "KVM is a module that turns the Linux kernel into a hypervisor: each VM is a normal Linux process, and each vCPU a thread that the kernel schedules. The guest runs unmodified, so it is full virtualization, done with hardware assistance: KVM relies on VT-x/AMD-V to run guest code directly and needs a CPU that has it. Device work is left to QEMU in user space. Tuning matters: in one study untuned KVM reached 83 % of native Linpack speed, and with vCPUs pinned to cores and the host's NUMA layout shown to the guest, 98 %; VirtLab models the tuned guest."),
    "qemu": QT_TRANSLATE_NOOP("LearnTexts", "Under KVM each VM has its own QEMU process, which emulates the devices the guest sees: disks, network cards, a BIOS. Disk requests, even through the paravirtual virtio-blk driver, are served by QEMU's I/O thread, which is why random disk I/O under KVM reached only about half of native in measurements. Network packets through vhost-net skip QEMU: a host-kernel thread moves them, so VirtLab charges their CPU to the host kernel."),
    "daemon": QT_TRANSLATE_NOOP("LearnTexts", "The Docker daemon (dockerd) builds and runs containers on request: it pulls images, sets up namespaces, cgroups and the network, then starts the container's process on the host kernel. It is a small service, not a hypervisor: once a container runs, its code talks to the kernel directly."),
    "client": QT_TRANSLATE_NOOP("LearnTexts", "The docker command-line client does no work itself: it sends each command (run, pull, stop) to the daemon over its API. That is why the client can even be on another machine than the containers it controls."),
    "registry": QT_TRANSLATE_NOOP("LearnTexts", "A registry (such as Docker Hub) stores images. A host downloads an image once and keeps it; the next container from the same image starts without a download. Images are shared in layers, so two images built on the same base download the base only once."),
    "image": QT_TRANSLATE_NOOP("LearnTexts", "An image is a read-only package of an application with everything it needs: its files, libraries and settings, but no kernel. Every container made from it gets a thin writable layer on top, so a hundred containers share one copy of the image on disk."),
    "guestos": QT_TRANSLATE_NOOP("LearnTexts", "A complete operating system running inside a VM, with its own kernel. It boots like on a real PC, which takes seconds to minutes, and it believes it owns the hardware. How its privileged instructions reach the real CPU depends on the technique: full virtualization, by binary translation or with hardware assistance, or paravirtualization."),
    "container-in-vm": QT_TRANSLATE_NOOP("LearnTexts", "A container can run inside a Linux VM: the VM has its own kernel and its own Docker engine, and the container shares that kernel, not the host's. This is how clouds run containers: the hypervisor keeps tenants apart, and containers pack the applications inside each VM. The costs add up: the container's work pays the VM's overheads on top of its own, and it can use only the VM's vCPUs and memory. When the VM stops, is moved or is snapshotted, its containers go with it."),
    "container": QT_TRANSLATE_NOOP("LearnTexts", "A container is a group of processes that the host kernel isolates with namespaces and limits with cgroups. There is no second kernel, so CPU, memory and disk run at native speed and a container starts in well under a second. The price is weaker isolation, and a Linux container needs a Linux kernel underneath, which a container host and a KVM host both have. Running containers can be checkpointed and restored on another host with tools such as CRIU; VirtLab moves containers only when they are stopped."),
    "vswitch": QT_TRANSLATE_NOOP("LearnTexts", "Each host runs a switch in software, and each guest's virtual NIC is a port on it. Bridged joins the switch to the physical NIC: the guest is on the LAN with an address of its own. NAT sends the guest's packets out under the host's address: the guest reaches out, but the LAN cannot reach in. Host-only never touches the physical NIC: the guests talk to each other and to the host, nothing else. An SR-IOV virtual function or a container on the host's network bypasses the switch. The layer graph draws each kind with its own line."),
    "datastore": QT_TRANSLATE_NOOP("LearnTexts", "A virtual disk is a file on the host's datastore (a local disk, or a SAN or NFS share several hosts use). A thick (preallocated) disk takes its full size at once; a thin one grows as the guest writes, so a datastore can promise more than it has, as memory can be overcommitted, and runs out when the guests fill their disks. Snapshots add delta files. Live migration between hosts that share a datastore moves only memory: the disk stays where it is."),
    "app": QT_TRANSLATE_NOOP("LearnTexts", "The program the guest runs, described as a mix of work: plain computing, system calls, page-table work, memory traffic, disk and network. Each kind of work pays a different price on each stack, so the same stack can be nearly free for one application and expensive for another. Try the Compare Stacks view."),
    "mode:native": QT_TRANSLATE_NOOP("LearnTexts", "The operating system runs directly on the hardware with no virtualization at all. VirtLab uses it as the baseline: every speed is shown relative to native = 1.0×. Only one OS can run at a time, which is the problem virtualization solves."),
    "mode:hosted": QT_TRANSLATE_NOOP("LearnTexts", "A virtualization application (VMware Workstation, VirtualBox) runs on top of a normal host OS. It is simple to install and uses the host's drivers, but there are two operating systems, and each guest I/O goes through the VMM and then the host OS. Compute-bound guests lose little; OS-heavy and I/O-heavy guests lose the most."),
    "mode:bare-metal": QT_TRANSLATE_NOOP("LearnTexts", "The hypervisor is installed on the hardware itself, with no host OS (ESXi, Xen, Hyper-V, FusionSphere). CPU and memory work reaches the hardware through the hypervisor alone, so guests run faster than under a hosted VMM. I/O takes different roads: ESXi drives devices itself, while Xen's and Hyper-V's guests send their I/O to the drivers of Dom0 or the root partition. It takes over the whole machine and is managed from a console or a management VM such as Xen's Dom0."),
    "mode:hybrid": QT_TRANSLATE_NOOP("LearnTexts", "A normal Linux kernel gains hypervisor powers from a module (KVM), and a user-space emulator (QEMU) provides each VM's devices. It combines the speed of type 1 with the drivers and tools of an ordinary OS, and it needs VT-x/AMD-V in the CPU. Because the kernel stays an ordinary Linux kernel, it can run containers beside the VMs, as Proxmox VE does."),
    "mode:container": QT_TRANSLATE_NOOP("LearnTexts", "A host OS runs a container engine (Docker). Containers share the host's kernel instead of booting their own, so they cost almost nothing in speed and start in a fraction of a second. They cannot run a different kernel: a Linux container needs a Linux host, such as a container host or a KVM host."),
    "technique:full": QT_TRANSLATE_NOOP("LearnTexts", "Full virtualization runs the guest OS unmodified. Without help from the CPU, the VMM does it by binary translation: it scans the guest kernel's code and rewrites the privileged instructions into safe ones before they run. User programs run at full speed, but system calls, page faults and process creation pay for the translation."),
    "technique:para": QT_TRANSLATE_NOOP("LearnTexts", "The guest kernel is modified to know it is virtualized: instead of privileged instructions it makes hypercalls to the hypervisor, and it batches its page-table updates. Xen was built this way; its authors even ported Windows XP, but that port was never released, so on Xen Windows runs as a hardware-assisted (HVM) guest with paravirtual drivers. Hyper-V's Windows guests are enlightened: they make hypercalls too. Page-table-heavy work is where paravirtualization now loses to EPT/NPT, because every update is a hypercall."),
    "technique:hardware": QT_TRANSLATE_NOOP("LearnTexts", "Full virtualization with hardware assistance: the guest runs unmodified, as under binary translation, but the CPU itself (Intel VT-x, AMD-V) gives it its own mode. Guest code runs directly, and the CPU exits to the hypervisor only on sensitive events, so no code is translated. This is how KVM runs every guest. With EPT/NPT for memory it is the fastest general technique; without, page-table work is slow."),
    "ept": QT_TRANSLATE_NOOP("LearnTexts", "A guest has its own page tables, but the real MMU needs addresses of real memory. Without hardware help the hypervisor keeps shadow page tables and must trap every guest page-table change. EPT (Intel) and NPT (AMD) let the CPU walk both levels itself, which makes page faults and process creation several times faster. The price is paid on a TLB miss: the walk is two-dimensional, up to 24 memory reads instead of 4, which is why large pages, with fewer levels to walk, help EPT guests."),
    "io:emulated": QT_TRANSLATE_NOOP("LearnTexts", "The VM sees a well-known real device (an IDE disk, an e1000 network card) that the VMM imitates in software. Every register access of the driver is trapped and emulated, so each I/O costs many exits. It works with any guest OS, but it is the slowest path and burns the most host CPU."),
    "io:paravirtual": QT_TRANSLATE_NOOP("LearnTexts", "The guest uses drivers written for virtual machines (virtio, VMware's vmxnet/pvscsi, Xen split drivers). They pass whole batches of requests through shared memory rings instead of imitating hardware registers. Bulk transfers reach nearly native speed; small random requests still pay for each trip through the I/O layer."),
    "io:passthrough": QT_TRANSLATE_NOOP("LearnTexts", "A real device (or an SR-IOV slice of one) is given to the VM, and the IOMMU (VT-d) keeps its memory accesses inside that VM. The guest's driver talks to the hardware directly, so I/O runs at almost native speed. The device then belongs to that one VM, and it ties the VM to this host."),
    "network:nat": QT_TRANSLATE_NOOP("LearnTexts", "Guests share the host's address: the virtualization layer rewrites the addresses of every packet, like a home router. Guests can reach out, but outside machines cannot reach the guests without port forwarding. The rewriting costs a little on every packet; for Docker it doubles request latency."),
    "network:bridged": QT_TRANSLATE_NOOP("LearnTexts", "The guest's virtual card is connected to the physical network through a virtual switch, and the guest gets its own address there, like another PC on the same cable. Nothing is rewritten, so it is faster than NAT and other machines can reach the guest."),
    "network:host-only": QT_TRANSLATE_NOOP("LearnTexts", "Guests and the host share a private virtual network that does not reach the outside. It is used to build isolated test networks: guests can talk to each other and to the host, and nothing else."),
    "network:host": QT_TRANSLATE_NOOP("LearnTexts", "The container uses the host's own network stack, with no separate address and no address translation. Its network speed and latency are those of the host, at the cost of isolation: its ports are the host's ports."),
    "overcommit": QT_TRANSLATE_NOOP("LearnTexts", "A host can give its guests more vCPUs in total than it has cores. While they are not all busy this costs nothing; when they are, a vCPU that is ready to run must wait for a core. That waiting is ready time (steal time inside the guest), and it slows every guest on the host."),
    "page-sharing": QT_TRANSLATE_NOOP("LearnTexts", "VMs that run the same OS hold many identical memory pages. The hypervisor can find them, keep one read-only copy and free the others (VMware's transparent page sharing, KVM's KSM), which lets the host run more VMs than its memory would otherwise allow. It is off by default today: VMware stopped sharing pages between VMs in 2014 for security reasons, and KSM runs only once an administrator switches it on. In VirtLab too it is a host setting that starts off."),
    "ballooning": QT_TRANSLATE_NOOP("LearnTexts", "When the host runs short of memory, a balloon driver inside each guest asks the guest OS for memory and hands it back to the hypervisor. The guest gives up pages it was not using, so this costs little as long as the guests have idle memory."),
    "swap": QT_TRANSLATE_NOOP("LearnTexts", "If sharing and ballooning do not free enough memory, the hypervisor writes guest pages to disk. A page that the guest then touches must be read back from disk, thousands of times slower than memory, so even a little swapping slows guests badly."),
    "mechanism:instruction": QT_TRANSLATE_NOOP("LearnTexts", "A guest kernel's privileged instruction is caught in one of three ways: the monitor rewrote it beforehand (binary translation), the modified kernel calls the hypervisor itself (hypercall), or the CPU leaves non-root mode (VT-x VM exit). Plain x86 could not simply trap and emulate, because some sensitive instructions do not trap in user mode. Step through a system call, a page-table update or CPUID on a guest to see who handles it and what it costs."),
    "mechanism:memory": QT_TRANSLATE_NOOP("LearnTexts", "A guest's address is translated twice: guest-virtual to guest-physical by the guest's page table, then to host-physical by the hypervisor. Shadow page tables make the CPU's walk short but trap every guest page-table write; EPT/NPT walks both tables in hardware, up to 24 memory references, and needs no trap. Xen PV guests update their page tables with hypercalls instead. Step through a page fault to see the cost the engine uses for MMU-heavy work."),
    "mechanism:io": QT_TRANSLATE_NOOP("LearnTexts", "A disk write or a network packet from a guest travels through every layer that virtualizes the device: an emulated device traps on each register access, virtio batches requests in a shared ring, Xen's front-end hands them to Dom0's back-end, and passthrough lets the device reach guest memory through the IOMMU. A container's request is just a system call into the host kernel. Step through one to count its exits, switches and copies."),
    "migration": QT_TRANSLATE_NOOP("LearnTexts", "A running VM moves to another host while it keeps working. Its memory is copied in rounds: first all of it, then again the pages the VM changed meanwhile, each round smaller than the last. When little is left, the VM pauses for a moment, the rest is sent, and it resumes on the new host. A VM that writes memory fast needs more rounds and pauses longer. Without shared storage its disk must be copied too, and a VM cannot move live between an Intel and an AMD CPU."),
    "cloud": QT_TRANSLATE_NOOP("LearnTexts", "Virtualization is a technique: it splits one machine into many isolated ones, or makes many look like one. Cloud computing is a way of delivering computing as a service: on demand, self-service, over the network, from a shared pool, elastic and measured by use. Most clouds are built on virtualization (VMs and containers are what a cloud hands out), but virtualization alone is not a cloud: a lab PC running VMware Workstation is virtualized, not a cloud. Clouds offer infrastructure (IaaS: VMs), platforms (PaaS) or software (SaaS)."),
}

FIGURE_NAMES = {
    "speed:cpu": QT_TRANSLATE_NOOP("LearnTexts", "Speed of plain computation"),
    "speed:os": QT_TRANSLATE_NOOP("LearnTexts", "Speed of OS-heavy work (system calls, processes)"),
    "speed:mmu": QT_TRANSLATE_NOOP("LearnTexts", "Speed of page-table work"),
    "speed:mem": QT_TRANSLATE_NOOP("LearnTexts", "Memory bandwidth"),
    "speed:disk_seq": QT_TRANSLATE_NOOP("LearnTexts", "Sequential disk throughput"),
    "speed:disk_rand": QT_TRANSLATE_NOOP("LearnTexts", "Random disk IOPS"),
    "speed:net_tput": QT_TRANSLATE_NOOP("LearnTexts", "Network throughput"),
    "speed:net_lat": QT_TRANSLATE_NOOP("LearnTexts", "Network request rate (1 / latency)"),
    "memory_mb": QT_TRANSLATE_NOOP("LearnTexts", "Memory used by the layer (MB)"),
    "base_cpu": QT_TRANSLATE_NOOP("LearnTexts", "CPU used with no guests (cores)"),
    "per_vm_memory_mb": QT_TRANSLATE_NOOP("LearnTexts", "Memory per VM (MB)"),
    "io_cpu_per_gbps": QT_TRANSLATE_NOOP("LearnTexts", "CPU to move 1 Gb/s of network traffic (cores)"),
    "io_cpu_per_10k_iops": QT_TRANSLATE_NOOP("LearnTexts", "CPU per 10,000 disk IOPS (cores)"),
    "boot_s": QT_TRANSLATE_NOOP("LearnTexts", "Boot time (s)"),
    "start_s": QT_TRANSLATE_NOOP("LearnTexts", "Start-up time (s)"),
    "image_size_mb": QT_TRANSLATE_NOOP("LearnTexts", "Image size (MB)"),
    "page_sharing_fraction": QT_TRANSLATE_NOOP("LearnTexts", "Memory reclaimed from identical VMs (fraction)"),
    "swap_penalty": QT_TRANSLATE_NOOP("LearnTexts", "Slowdown factor per swapped working set"),
    "migration_s": QT_TRANSLATE_NOOP("LearnTexts", "Live migration of a 4 GB VM over 1 Gb/s (s)"),
    "migration_pause_s": QT_TRANSLATE_NOOP("LearnTexts", "Its pause at switch-over (s)"),
    "migration_rounds": QT_TRANSLATE_NOOP("LearnTexts", "Pre-copy rounds"),
}


def title(concept_id: str) -> str:
    return QCoreApplication.translate(_T, TITLES[concept_id]) if concept_id in TITLES else concept_id


def text(concept_id: str) -> str:
    return QCoreApplication.translate(_T, TEXTS[concept_id]) if concept_id in TEXTS else ""


def figure_name(what: str) -> str:
    return QCoreApplication.translate(_T, FIGURE_NAMES[what]) if what in FIGURE_NAMES else what
