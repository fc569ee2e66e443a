<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>Start an empty lab with no hosts</source>
        <translation>新建一个没有任何主机的空白实验</translation>
    </message>
    <message>
        <source>&amp;Open Lab…</source>
        <translation>打开实验(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a lab scenario file (.vlab)</source>
        <translation>打开实验场景文件（.vlab）</translation>
    </message>
    <message>
        <source>Open &amp;Demo Lab</source>
        <translation>打开演示实验(&amp;D)</translation>
    </message>
    <message>
        <source>Open the bundled demo lab: every kind of stack side by side</source>
        <translation>打开自带的演示实验：各种虚拟化架构并排对比</translation>
    </message>
    <message>
        <source>&amp;Save Lab</source>
        <translation>保存实验(&amp;S)</translation>
    </message>
    <message>
        <source>Save the lab to its file</source>
        <translation>将实验保存到当前文件</translation>
    </message>
    <message>
        <source>Save Lab &amp;As…</source>
        <translation>实验另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the lab to a new file</source>
        <translation>将实验保存为新文件</translation>
    </message>
    <message>
        <source>Throw away unsaved changes and reload the lab from its file</source>
        <translation>放弃未保存的更改，从文件重新载入实验</translation>
    </message>
    <message>
        <source>&amp;Close Lab</source>
        <translation>关闭实验(&amp;C)</translation>
    </message>
    <message>
        <source>Close this lab (asks first if it has unsaved changes)</source>
        <translation>关闭此实验（有未保存的更改时会先询问）</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit VirtLab</source>
        <translation>退出 VirtLab</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>撤销上一次更改</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>重做刚才撤销的更改</translation>
    </message>
    <message>
        <source>Rename the selected host or guest</source>
        <translation>重命名选中的主机或客户机</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected host or guest (undo brings it back)</source>
        <translation>删除选中的主机或客户机（可撤销）</translation>
    </message>
    <message>
        <source>VM &amp;Settings…</source>
        <translation>虚拟机设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Change the selected guest&apos;s virtual hardware and workload</source>
        <translation>修改选中客户机的虚拟硬件和负载</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, simulation tick rate and theme</source>
        <translation>语言、仿真步频和主题</translation>
    </message>
    <message>
        <source>&amp;New Virtual Machine…</source>
        <translation>新建虚拟机(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a virtual machine with the New VM wizard</source>
        <translation>用新建虚拟机向导创建虚拟机</translation>
    </message>
    <message>
        <source>New &amp;Host…</source>
        <translation>新建主机(&amp;H)…</translation>
    </message>
    <message>
        <source>Add a simulated physical host</source>
        <translation>添加一台模拟的物理主机</translation>
    </message>
    <message>
        <source>Power &amp;On</source>
        <translation>开机(&amp;O)</translation>
    </message>
    <message>
        <source>Power on or resume the selected guest</source>
        <translation>启动或恢复选中的客户机</translation>
    </message>
    <message>
        <source>New &amp;Empty Lab</source>
        <translation>新建空白实验(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;vert Lab</source>
        <translation>还原实验(&amp;V)</translation>
    </message>
    <message>
        <source>Ren&amp;ame…</source>
        <translation>重命名(&amp;A)…</translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation>挂起(&amp;U)</translation>
    </message>
    <message>
        <source>Suspend the selected VM: its memory is saved and it stops running</source>
        <translation>挂起选中的虚拟机：保存其内存并停止运行</translation>
    </message>
    <message>
        <source>Power O&amp;ff</source>
        <translation>关机(&amp;F)</translation>
    </message>
    <message>
        <source>Power off the selected guest (like pulling the plug)</source>
        <translation>关闭选中的客户机（相当于拔掉电源）</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Reset the selected guest: it boots again</source>
        <translation>重置选中的客户机：重新启动</translation>
    </message>
    <message>
        <source>&amp;Run Simulation</source>
        <translation>运行仿真(&amp;R)</translation>
    </message>
    <message>
        <source>Run or pause simulated time</source>
        <translation>运行或暂停仿真时间</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>单步(&amp;T)</translation>
    </message>
    <message>
        <source>Advance simulated time by one tick</source>
        <translation>仿真时间前进一步</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>加速(&amp;F)</translation>
    </message>
    <message>
        <source>Double the simulation speed</source>
        <translation>仿真速度加倍</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>减速(&amp;L)</translation>
    </message>
    <message>
        <source>Halve the simulation speed</source>
        <translation>仿真速度减半</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>主页(&amp;H)</translation>
    </message>
    <message>
        <source>Show the Home tab</source>
        <translation>显示主页标签页</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>Close the current tab</source>
        <translation>关闭当前标签页</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>列出所有键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;About VirtLab</source>
        <translation>关于 VirtLab(&amp;A)</translation>
    </message>
    <message>
        <source>What VirtLab is</source>
        <translation>VirtLab 简介</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>The Qt version VirtLab runs on</source>
        <translation>VirtLab 所用的 Qt 版本</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>新建虚拟机</translation>
    </message>
    <message>
        <source>New Host</source>
        <translation>新建主机</translation>
    </message>
    <message>
        <source>Demo Lab</source>
        <translation>演示实验</translation>
    </message>
    <message>
        <source>Open Lab</source>
        <translation>打开实验</translation>
    </message>
    <message numerus="yes">
        <source>Power on %n guest(s)</source>
        <translation>
            <numerusform>将 %n 个客户机开机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power off %n guest(s)</source>
        <translation>
            <numerusform>将 %n 个客户机关机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n guest(s)</source>
        <translation>
            <numerusform>挂起 %n 个客户机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n guest(s)</source>
        <translation>
            <numerusform>重置 %n 个客户机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>删除 %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About VirtLab</source>
        <translation>关于 VirtLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VirtLab&lt;/h3&gt;&lt;p&gt;A desktop lab for learning virtualization and containers. Everything you see is simulated: no hypervisor, no root, no network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VirtLab&lt;/h3&gt;&lt;p&gt;学习虚拟化与容器的桌面实验环境。你看到的一切都是仿真：不需要 Hypervisor，不需要 root 权限，也不需要网络。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>V&amp;M</source>
        <translation>虚拟机(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Virtualization</source>
        <translation>虚拟化方式(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主机(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>速度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>仿真(&amp;S)</translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation>帮助(&amp;L)</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> 速度 </translation>
    </message>
    <message>
        <source>Simulated seconds per wall-clock second</source>
        <translation>每秒真实时间对应的仿真秒数</translation>
    </message>
    <message>
        <source>No recent labs</source>
        <translation>没有最近的实验</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清空菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Select a virtual machine or container first.</source>
        <translation>请先选择一台虚拟机或一个容器。</translation>
    </message>
    <message>
        <source>%1 is already powered off.</source>
        <translation>%1 已经关机。</translation>
    </message>
    <message>
        <source>&amp;Pause Simulation</source>
        <translation>暂停仿真(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Authoring</name>
    <message>
        <source>Save as Lab</source>
        <translation>另存为实验</translation>
    </message>
    <message>
        <source>VirtLab labs (*.vlab)</source>
        <translation>VirtLab 实验 (*.vlab)</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>导出实验讲义</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>La&amp;b</source>
        <translation>实验(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Edit Lab…</source>
        <translation>编辑实验(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the lab&apos;s title, brief and goals</source>
        <translation>修改实验的标题、说明和目标</translation>
    </message>
    <message>
        <source>&amp;Save as Lab…</source>
        <translation>另存为实验(&amp;S)…</translation>
    </message>
    <message>
        <source>Write a lab to hand out that starts from the world as it is now</source>
        <translation>以当前的实验环境为起点，保存一个可分发给学生的实验</translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation>导出实验讲义(&amp;H)…</translation>
    </message>
    <message>
        <source>Write the brief, the goals and the layer graph as a web page and a PDF</source>
        <translation>把实验说明、目标和分层图导出为网页和 PDF</translation>
    </message>
    <message>
        <source>File: %1
Problem: %2</source>
        <translation>文件：%1
问题：%2</translation>
    </message>
    <message>
        <source>Saved a lab to hand out as %1</source>
        <translation>已将待分发的实验保存为 %1</translation>
    </message>
    <message>
        <source>Untitled lab</source>
        <translation>未命名实验</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>The lab at the start</source>
        <translation>实验开始时的环境</translation>
    </message>
    <message>
        <source>Exported the handout to %1</source>
        <translation>实验讲义已导出到 %1</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
</context>
<context>
    <name>Benchmark</name>
    <message>
        <source>CPU-bound (Linpack, GFLOPS)</source>
        <translation>CPU 密集型（Linpack，GFLOPS）</translation>
    </message>
    <message>
        <source>OS-heavy (Linux kernel build, s)</source>
        <translation>操作系统密集型（编译 Linux 内核，秒）</translation>
    </message>
    <message>
        <source>MMU-heavy (cycles per page fault)</source>
        <translation>MMU 密集型（每次缺页的周期数）</translation>
    </message>
    <message>
        <source>Memory bandwidth (STREAM, GB/s)</source>
        <translation>内存带宽（STREAM，GB/s）</translation>
    </message>
    <message>
        <source>Disk, sequential (MB/s)</source>
        <translation>磁盘顺序读写（MB/s）</translation>
    </message>
    <message>
        <source>Disk, random (IOPS)</source>
        <translation>磁盘随机读写（IOPS）</translation>
    </message>
    <message>
        <source>Network throughput (Gb/s)</source>
        <translation>网络吞吐量（Gb/s）</translation>
    </message>
    <message>
        <source>Network latency (µs per transaction)</source>
        <translation>网络延迟（每次事务 µs）</translation>
    </message>
    <message>
        <source>Start-up (s to the application&apos;s first instruction)</source>
        <translation>启动（到应用程序执行第一条指令的秒数）</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Debian 12 (32-bit)</source>
        <translation>Debian 12（32 位）</translation>
    </message>
    <message>
        <source>Debian 12 (Xen PV kernel)</source>
        <translation>Debian 12（Xen PV 内核）</translation>
    </message>
    <message>
        <source>Linux (Firecracker micro-VM)</source>
        <translation>Linux（Firecracker 微虚拟机）</translation>
    </message>
    <message>
        <source>Debian PV (for Xen)</source>
        <translation>Debian PV（用于 Xen）</translation>
    </message>
    <message>
        <source>Firecracker micro-VM</source>
        <translation>Firecracker 微虚拟机</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>cycles per fault</source>
        <translation>周期/次缺页</translation>
    </message>
    <message>
        <source>µs per transaction</source>
        <translation>微秒/事务</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Native hardware (baseline)</source>
        <translation>原生硬件（基准）</translation>
    </message>
    <message>
        <source>Docker inside a %1 VM, network: %2</source>
        <translation>%1 虚拟机里的 Docker，网络：%2</translation>
    </message>
    <message>
        <source>Docker, network: %1</source>
        <translation>Docker，网络：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Slowdown caused by:</source>
        <translation>减速来源：</translation>
    </message>
    <message>
        <source>Fastest first</source>
        <translation>最快的排在前面</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation>负载：</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Speed vs native</source>
        <translation>相对原生的速度</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <source>Overhead by layer</source>
        <translation>各层开销</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>How the guest is virtualized: technique and I/O path</source>
        <translation>客户机的虚拟化方式：技术与 I/O 路径</translation>
    </message>
    <message>
        <source>Speed relative to native hardware (1.00× = native)</source>
        <translation>相对原生硬件的速度（1.00× = 原生）</translation>
    </message>
    <message>
        <source>How much longer the work takes, split by the layer that costs the time</source>
        <translation>工作多花的时间，按造成耗时的层拆分</translation>
    </message>
    <message>
        <source>Time from power-on to the application&apos;s first instruction</source>
        <translation>从开机到应用执行第一条指令的时间</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>One Ubuntu guest on a rack server, on every stack, run by the simulation until it is steady. Measured: %1 (%2). Bars: speed relative to native hardware, and how much longer the work takes, split by the layer that costs the time.</source>
        <translation>同一台机架式服务器上的一个 Ubuntu 客户机，分别运行在每种架构上，由模拟运行到稳定状态。测量项目：%1（%2）。条形图：相对原生硬件的速度，以及工作多花的时间，按耗时的层次拆分。</translation>
    </message>
    <message>
        <source>Measured in %1</source>
        <translation>实测值（%1）</translation>
    </message>
    <message>
        <source>%1, in %2 (%3)</source>
        <translation>%1，单位：%2（%3）</translation>
    </message>
    <message>
        <source>%1 %2 — %3× the speed of native hardware</source>
        <translation>%1 %2 — 原生硬件速度的 %3 倍</translation>
    </message>
    <message>
        <source>From power-on to the application&apos;s first instruction: %1</source>
        <translation>从开机到应用程序执行第一条指令：%1</translation>
    </message>
    <message>
        <source>No extra time: this stack runs the work at native speed.</source>
        <translation>没有额外耗时：这种架构以原生速度完成工作。</translation>
    </message>
    <message>
        <source>%1: +%2 % of the native time</source>
        <translation>%1：比原生多用 %2 % 的时间</translation>
    </message>
    <message>
        <source>%1 also burns %2 CPU cores moving the I/O</source>
        <translation>%1 还要消耗 %2 个 CPU 核心来搬运 I/O</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ContainerBox</name>
    <message>
        <source>its own process ids: its first process is PID 1</source>
        <translation>独立的进程号：它的第一个进程是 PID 1</translation>
    </message>
    <message>
        <source>its own network interfaces, addresses and ports</source>
        <translation>独立的网络接口、地址和端口</translation>
    </message>
    <message>
        <source>its own mounts: the image&apos;s layers as its root file system</source>
        <translation>独立的挂载点：以镜像的各层作为根文件系统</translation>
    </message>
    <message>
        <source>its own host name</source>
        <translation>独立的主机名</translation>
    </message>
    <message>
        <source>its own shared memory and message queues</source>
        <translation>独立的共享内存和消息队列</translation>
    </message>
    <message>
        <source>its own user ids: root inside is not root on the host</source>
        <translation>独立的用户 ID：容器里的 root 不是主机上的 root</translation>
    </message>
    <message>
        <source> · throttled</source>
        <translation> · 已限流</translation>
    </message>
    <message>
        <source>Isolation: namespaces and cgroups</source>
        <translation>隔离：命名空间与 cgroups</translation>
    </message>
    <message>
        <source>Isolated, but sharing one kernel: the host&apos;s kernel runs this container&apos;s processes. Namespaces give it its own view; its cgroup limits what it uses.</source>
        <translation>相互隔离，但共享同一个内核：主机内核运行这个容器的进程。命名空间让它看到自己独立的视图；cgroup 限制它能使用的资源。</translation>
    </message>
    <message>
        <source>CPU quota:</source>
        <translation>CPU 配额：</translation>
    </message>
    <message>
        <source>Memory limit:</source>
        <translation>内存限额：</translation>
    </message>
    <message>
        <source>File system (union of layers, top first):</source>
        <translation>文件系统（各层联合挂载，最上层在前）：</translation>
    </message>
    <message>
        <source>%1 cores (cpu.max “%2”: %3 µs of CPU time every %4 µs)</source>
        <translation>%1 核（cpu.max “%2”：每 %4 µs 可用 %3 µs 的 CPU 时间）</translation>
    </message>
    <message>
        <source>%1 MB (memory.max); its processes need about %2 MB</source>
        <translation>%1 MB（memory.max）；它的进程大约需要 %2 MB</translation>
    </message>
    <message>
        <source>▲ writable layer: this container&apos;s own; its writes and deletions go here</source>
        <translation>▲ 可写层：本容器独有；它的写入和删除都落在这一层</translation>
    </message>
    <message>
        <source>■ %1: %2 MB, read-only, built in this lab</source>
        <translation>■ %1：%2 MB，只读，在本实验中构建</translation>
    </message>
    <message>
        <source>■ %1: %2 MB, read-only, shared with every container of the image</source>
        <translation>■ %1：%2 MB，只读，由该镜像的所有容器共享</translation>
    </message>
    <message>
        <source>Killed by the kernel&apos;s OOM killer: its processes needed %1 MB, more than its %2 MB memory limit. Raise the limit and power it on again.</source>
        <translation>已被内核的 OOM killer 杀死：它的进程需要 %1 MB，超过了 %2 MB 的内存限额。请提高限额后重新开机。</translation>
    </message>
    <message>
        <source>Its memory limit (%1 MB) is below what it needs (%2 MB): the OOM killer will end it when it runs.</source>
        <translation>它的内存限额（%1 MB）低于所需（%2 MB）：运行时会被 OOM killer 杀死。</translation>
    </message>
    <message>
        <source>Throttled: it uses its whole CPU quota, so the scheduler holds it back until the next period.</source>
        <translation>已被限流：它用完了全部 CPU 配额，调度器让它等到下一个周期。</translation>
    </message>
    <message>
        <source>Within its limits: %1 % of its CPU quota in use.</source>
        <translation>在限额之内：正在使用 CPU 配额的 %1 %。</translation>
    </message>
    <message>
        <source>%1: on the LAN, reachable from it</source>
        <translation>%1：位于局域网上，局域网可以访问它</translation>
    </message>
    <message>
        <source>%1: private, behind NAT: it reaches out, the LAN cannot reach in</source>
        <translation>%1：私有地址，位于 NAT 之后：它能访问外部，局域网访问不到它</translation>
    </message>
    <message>
        <source>%1: host-only, cannot reach outside the host</source>
        <translation>%1：仅主机网络，无法访问主机以外</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1: Docker&apos;s bridge, behind NAT; its published ports let the LAN in</source>
        <translation>%1：Docker 网桥，位于 NAT 之后；发布的端口让局域网可以访问进来</translation>
    </message>
    <message>
        <source>the host&apos;s own address (host network)</source>
        <translation>主机自己的地址（主机网络）</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>Learn About This</source>
        <translation>了解这一项</translation>
    </message>
    <message>
        <source>Add to the Selected Host</source>
        <translation>添加到所选主机</translation>
    </message>
    <message>
        <source>Select a host in the library first, or drag the template onto one.</source>
        <translation>请先在库中选择一台主机，或将模板拖到主机上。</translation>
    </message>
</context>
<context>
    <name>CourseActions</name>
    <message>
        <source>Ta&amp;ke Snapshot…</source>
        <translation>拍摄快照(&amp;K)…</translation>
    </message>
    <message>
        <source>Save the selected VM&apos;s state so you can come back to it</source>
        <translation>保存选中虚拟机的状态，以便日后回到这一状态</translation>
    </message>
    <message>
        <source>Snapshot &amp;Manager…</source>
        <translation>快照管理器(&amp;M)…</translation>
    </message>
    <message>
        <source>The selected VM&apos;s snapshots as a tree: revert, delete, clone</source>
        <translation>以树状显示选中虚拟机的快照：恢复、删除、克隆</translation>
    </message>
    <message>
        <source>&amp;Clone (Full)</source>
        <translation>克隆（完整）(&amp;C)</translation>
    </message>
    <message>
        <source>Make an independent copy of the selected VM and its whole disk</source>
        <translation>为选中的虚拟机及其整个磁盘制作一份独立副本</translation>
    </message>
    <message>
        <source>Clone (&amp;Linked)</source>
        <translation>克隆（链接）(&amp;L)</translation>
    </message>
    <message>
        <source>Make a copy that shares the current snapshot&apos;s disk</source>
        <translation>制作一份与当前快照共享磁盘的副本</translation>
    </message>
    <message>
        <source>Crash &amp;Guest (Kernel Panic)</source>
        <translation>使客户机崩溃（内核恐慌）(&amp;G)</translation>
    </message>
    <message>
        <source>Make the selected guest&apos;s kernel panic: who else goes down?</source>
        <translation>让选中客户机的内核发生恐慌：还有谁会跟着宕机？</translation>
    </message>
    <message>
        <source>&amp;Export VM…</source>
        <translation>导出虚拟机(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected VM as one file (encapsulation)</source>
        <translation>把选中的虚拟机保存为一个文件（封装）</translation>
    </message>
    <message>
        <source>&amp;Import VM…</source>
        <translation>导入虚拟机(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a VM from a file to the selected host</source>
        <translation>从文件向选中的主机添加虚拟机</translation>
    </message>
    <message>
        <source>Kernel &amp;Panic on Host</source>
        <translation>主机内核恐慌(&amp;P)</translation>
    </message>
    <message>
        <source>The selected host&apos;s own kernel fails: every guest on it stops</source>
        <translation>选中主机自身的内核出错：其上的所有客户机都会停止</translation>
    </message>
    <message>
        <source>VMs vs &amp;Containers…</source>
        <translation>虚拟机与容器对比(&amp;C)…</translation>
    </message>
    <message>
        <source>Start time, memory and how many fit: a VM and a container compared</source>
        <translation>启动时间、内存以及能容纳多少：虚拟机与容器的对比</translation>
    </message>
    <message>
        <source>Migrate &amp;To</source>
        <translation>迁移到(&amp;T)</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>拍摄快照</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <source>Select a virtual machine first.</source>
        <translation>请先选择一台虚拟机。</translation>
    </message>
    <message>
        <source>Select a virtual machine to export.</source>
        <translation>请选择要导出的虚拟机。</translation>
    </message>
    <message>
        <source>Export VM</source>
        <translation>导出虚拟机</translation>
    </message>
    <message>
        <source>Exported %1 to one file</source>
        <translation>已将 %1 导出为一个文件</translation>
    </message>
    <message>
        <source>Select the host to import the VM onto.</source>
        <translation>请选择要导入虚拟机的主机。</translation>
    </message>
    <message>
        <source>Import VM</source>
        <translation>导入虚拟机</translation>
    </message>
</context>
<context>
    <name>DatastoreBox</name>
    <message>
        <source>Datastore</source>
        <translation>数据存储</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>%1 of %2 GB</source>
        <translation>%1 / %2 GB</translation>
    </message>
    <message>
        <source>Virtual disks are files here. Provisioned: %1 GB; thin disks grow as guests write, thick ones take their full size at once.</source>
        <translation>虚拟磁盘在这里就是文件。已置备：%1 GB；精简置备磁盘随客户机写入而增长，厚置备磁盘一开始就占满全部大小。</translation>
    </message>
    <message>
        <source>Thin disks promise more than the datastore holds (overcommitted).</source>
        <translation>精简置备磁盘承诺的空间超过了数据存储的容量（超额分配）。</translation>
    </message>
</context>
<context>
    <name>DockerfileDialog</name>
    <message>
        <source>Build an Image from a Dockerfile</source>
        <translation>用 Dockerfile 构建镜像</translation>
    </message>
    <message>
        <source>Layer (top first)</source>
        <translation>镜像层（最上层在前）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>构建(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Push to registry</source>
        <translation>推送到仓库(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ull onto</source>
        <translation>拉取到(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Run a container there</source>
        <translation>在该主机上运行容器(&amp;R)</translation>
    </message>
    <message>
        <source>Build on host:</source>
        <translation>在此主机上构建：</translation>
    </message>
    <message>
        <source>Image name:</source>
        <translation>镜像名称：</translation>
    </message>
    <message>
        <source>Dockerfile (FROM, RUN, COPY, ENV, CMD, EXPOSE):</source>
        <translation>Dockerfile（FROM、RUN、COPY、ENV、CMD、EXPOSE）：</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>Cannot build: </source>
        <translation>无法构建：</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>0 (settings only)</source>
        <translation>0（仅改配置）</translation>
    </message>
    <message>
        <source>%1 layers, %2 MB in all. Read-only layers: a container of this image adds its own thin writable layer on top. Already on this host: %3 MB.</source>
        <translation>共 %1 层，总计 %2 MB。这些都是只读层：用该镜像运行的容器会在最上面加一个自己的薄可写层。此主机上已有：%3 MB。</translation>
    </message>
    <message>
        <source>Pushed to the registry</source>
        <translation>已推送到仓库</translation>
    </message>
    <message>
        <source>Pulled onto %1</source>
        <translation>已拉取到 %1</translation>
    </message>
    <message>
        <source>%1: %2 MB sent in %3 s of simulated time; %4 MB saved: those layers were already there.</source>
        <translation>%1：用 %3 秒仿真时间传输了 %2 MB；节省了 %4 MB：这些层对方已经有了。</translation>
    </message>
    <message>
        <source>&amp;Build Image from Dockerfile…</source>
        <translation>用 Dockerfile 构建镜像(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1 (linked clone)</source>
        <translation>%1（链接克隆）</translation>
    </message>
    <message>
        <source>%1 (clone)</source>
        <translation>%1（克隆）</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Untitled lab</source>
        <translation>未命名实验</translation>
    </message>
    <message>
        <source>Opened lab %1</source>
        <translation>已打开实验 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The lab “%1” has unsaved changes.</source>
        <translation>实验“%1”有未保存的更改。</translation>
    </message>
    <message>
        <source>Do you want to save them first?</source>
        <translation>要先保存吗？</translation>
    </message>
    <message>
        <source>Revert lab</source>
        <translation>还原实验</translation>
    </message>
    <message>
        <source>Discard your changes and reload “%1” from disk?</source>
        <translation>放弃更改并从磁盘重新载入“%1”吗？</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <source>Saved lab to %1</source>
        <translation>实验已保存到 %1</translation>
    </message>
    <message>
        <source>File: %1
Problem: %2</source>
        <translation>文件：%1
问题：%2</translation>
    </message>
    <message>
        <source>Cannot save lab</source>
        <translation>无法保存实验</translation>
    </message>
    <message>
        <source>VirtLab could not save the lab. The file on disk was not changed.</source>
        <translation>VirtLab 无法保存实验。磁盘上的文件未被修改。</translation>
    </message>
    <message>
        <source>Save Lab</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <source>VirtLab labs (*.vlab)</source>
        <translation>VirtLab 实验 (*.vlab)</translation>
    </message>
    <message>
        <source>Open Lab</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>VirtLab labs (*.vlab);;All files (*)</source>
        <translation>VirtLab 实验 (*.vlab);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Drops</name>
    <message numerus="yes">
        <source>Move %n guest(s) to %1</source>
        <translation>
            <numerusform>将 %n 个客户机移到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot go there: %2</source>
        <translation>%1 无法移到那里：%2</translation>
    </message>
</context>
<context>
    <name>EditText</name>
    <message>
        <source>Add host %1</source>
        <translation>添加主机 %1</translation>
    </message>
    <message>
        <source>Remove host %1</source>
        <translation>删除主机 %1</translation>
    </message>
    <message>
        <source>Set %1 to native (no virtualization)</source>
        <translation>将 %1 设为原生（无虚拟化）</translation>
    </message>
    <message>
        <source>Set %1 to hosted (%2)</source>
        <translation>将 %1 设为寄居虚拟化（%2）</translation>
    </message>
    <message>
        <source>Set %1 to bare-metal (%2)</source>
        <translation>将 %1 设为裸金属虚拟化（%2）</translation>
    </message>
    <message>
        <source>Set %1 to hybrid (%2)</source>
        <translation>将 %1 设为混合虚拟化（%2）</translation>
    </message>
    <message>
        <source>Set %1 to a container host (%2)</source>
        <translation>将 %1 设为容器主机（%2）</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Change the hardware of %1</source>
        <translation>更改 %1 的硬件</translation>
    </message>
    <message>
        <source>Turn on page sharing on %1</source>
        <translation>在 %1 上开启页面共享</translation>
    </message>
    <message>
        <source>Turn off page sharing on %1</source>
        <translation>在 %1 上关闭页面共享</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>将 %1 添加到 %2</translation>
    </message>
    <message>
        <source>Add %1 to %2 and power it on</source>
        <translation>将 %1 添加到 %2 并开机</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 移到 %2</translation>
    </message>
    <message>
        <source>Live-migrate %1 to %2</source>
        <translation>将 %1 热迁移到 %2</translation>
    </message>
    <message>
        <source>Change the settings of %1</source>
        <translation>修改 %1 的设置</translation>
    </message>
    <message>
        <source>Power on %1</source>
        <translation>将 %1 开机</translation>
    </message>
    <message>
        <source>Power off %1</source>
        <translation>将 %1 关机</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>挂起 %1</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>重置 %1</translation>
    </message>
    <message>
        <source>Take a snapshot of %1</source>
        <translation>为 %1 拍摄快照</translation>
    </message>
    <message>
        <source>Revert %1 to a snapshot</source>
        <translation>将 %1 恢复到快照</translation>
    </message>
    <message>
        <source>Delete a snapshot of %1</source>
        <translation>删除 %1 的一个快照</translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation>克隆 %1</translation>
    </message>
    <message>
        <source>Crash %1 (kernel panic)</source>
        <translation>让 %1 崩溃（内核恐慌）</translation>
    </message>
    <message>
        <source>Kernel panic on %1</source>
        <translation>%1 发生内核恐慌</translation>
    </message>
    <message>
        <source>Build image %1 on %2</source>
        <translation>在 %2 上构建镜像 %1</translation>
    </message>
    <message>
        <source>Push image %1 to the registry</source>
        <translation>将镜像 %1 推送到仓库</translation>
    </message>
    <message>
        <source>Pull image %1 onto %2</source>
        <translation>将镜像 %1 拉取到 %2</translation>
    </message>
    <message>
        <source>Several changes</source>
        <translation>多项更改</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Put back as it was</source>
        <translation>恢复原状</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Changes, refusals and state changes appear here.</source>
        <translation>更改、被拒绝的操作和状态变化会显示在这里。</translation>
    </message>
    <message>
        <source>t=%1 s</source>
        <translation>t=%1 秒</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>optional: a name other goals can wait for</source>
        <translation>可选：供其他目标等待的名称</translation>
    </message>
    <message>
        <source>optional: the name or number of the goal to meet first</source>
        <translation>可选：需要先达成的目标的名称或编号</translation>
    </message>
    <message>
        <source>Text (English):</source>
        <translation>文字（英文）：</translation>
    </message>
    <message>
        <source>Text (Chinese):</source>
        <translation>文字（中文）：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Guest id:</source>
        <translation>客户机 ID：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>虚拟化方式：</translation>
    </message>
    <message>
        <source>Guest kind:</source>
        <translation>客户机类型：</translation>
    </message>
    <message>
        <source>Technique:</source>
        <translation>虚拟化技术：</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <source>Host metric:</source>
        <translation>主机指标：</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>至少：</translation>
    </message>
    <message>
        <source>Percent:</source>
        <translation>百分比：</translation>
    </message>
    <message>
        <source>Above:</source>
        <translation>高于：</translation>
    </message>
    <message>
        <source>Holds for:</source>
        <translation>持续时间：</translation>
    </message>
    <message>
        <source>Step-through view:</source>
        <translation>逐步查看的内容：</translation>
    </message>
    <message>
        <source>What happens:</source>
        <translation>发生的事件：</translation>
    </message>
    <message>
        <source>From mode:</source>
        <translation>原模式：</translation>
    </message>
    <message>
        <source>Goal name:</source>
        <translation>目标名称：</translation>
    </message>
    <message>
        <source>Only after goal:</source>
        <translation>在此目标之后：</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <source>any host</source>
        <translation>任意主机</translation>
    </message>
</context>
<context>
    <name>GraphTips</name>
    <message>
        <source>CPU: %1 % busy (%2 % for the virtualization layers)</source>
        <translation>CPU：忙 %1 %（虚拟化层占 %2 %）</translation>
    </message>
    <message>
        <source>Memory: %1 % of RAM in use (%2 GB promised to guests and layers)</source>
        <translation>内存：已用 %1 % 的物理内存（已承诺给客户机和各层 %2 GB）</translation>
    </message>
    <message>
        <source>Disk: %1 MB/s, %2 IOPS (%3 % busy)</source>
        <translation>磁盘：%1 MB/s，%2 IOPS（忙 %3 %）</translation>
    </message>
    <message>
        <source>Network: %1 Mb/s (%2 % of the NIC)</source>
        <translation>网络：%1 Mb/s（网卡的 %2 %）</translation>
    </message>
    <message>
        <source>CPU: %1 % of the host</source>
        <translation>CPU：主机的 %1 %</translation>
    </message>
    <message>
        <source>Memory: %1 MB</source>
        <translation>内存：%1 MB</translation>
    </message>
    <message>
        <source>Not running: no figures.</source>
        <translation>未运行：没有数据。</translation>
    </message>
    <message>
        <source>CPU: %1 % of its vCPUs busy, %2 % waiting for a core</source>
        <translation>CPU：其 vCPU 忙 %1 %，%2 % 在等待物理核心</translation>
    </message>
    <message>
        <source>Memory: %1 of %2 MB in use</source>
        <translation>内存：已用 %1 / %2 MB</translation>
    </message>
    <message>
        <source>Disk: %1 MB/s, %2 IOPS</source>
        <translation>磁盘：%1 MB/s，%2 IOPS</translation>
    </message>
    <message>
        <source>Network: %1 Mb/s</source>
        <translation>网络：%1 Mb/s</translation>
    </message>
    <message>
        <source>Speed: %1 % of the same work on native hardware</source>
        <translation>速度：同样工作在原生硬件上的 %1 %</translation>
    </message>
    <message>
        <source>No figures yet: start the simulation.</source>
        <translation>还没有数据：请启动模拟。</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Export as PNG image…</source>
        <translation>导出为 PNG 图片…</translation>
    </message>
    <message>
        <source>Export as SVG drawing…</source>
        <translation>导出为 SVG 矢量图…</translation>
    </message>
    <message>
        <source>VirtLab layer graph</source>
        <translation>VirtLab 层次图</translation>
    </message>
    <message>
        <source>Export layer graph</source>
        <translation>导出层次图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Expand in Layer Graph</source>
        <translation>在层次图中展开</translation>
    </message>
    <message>
        <source>Collapse in Layer Graph</source>
        <translation>在层次图中折叠</translation>
    </message>
    <message>
        <source>1 guest, %1 powered on</source>
        <translation>1 台客户机，%1 台已开机</translation>
    </message>
    <message>
        <source>%n guests, %1 powered on</source>
        <translation>%n 台客户机，%1 台已开机</translation>
    </message>
</context>
<context>
    <name>GuestCard</name>
    <message>
        <source>at least %1 % of native</source>
        <translation>不低于原生的 %1 %</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>below %1 %</source>
        <translation>低于 %1 %</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Power on</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>Speed: not running</source>
        <translation>速度：未运行</translation>
    </message>
    <message>
        <source>paused for switch-over</source>
        <translation>切换时暂停</translation>
    </message>
    <message>
        <source>%1 … %2 %</source>
        <translation>%1…… %2 %</translation>
    </message>
    <message>
        <source>runs at %1 % of native speed</source>
        <translation>速度为原生的 %1 %</translation>
    </message>
</context>
<context>
    <name>GuestSettingsDialog</name>
    <message>
        <source>SR-IOV virtual function for the network</source>
        <translation>网络使用 SR-IOV 虚拟功能</translation>
    </message>
    <message>
        <source>The VM gets its own slice (a virtual function) of a physical NIC that supports SR-IOV, assigned to it through the IOMMU: its network traffic bypasses the hypervisor and runs at nearly native speed. Needs an SR-IOV NIC, an IOMMU and a bare-metal or hybrid hypervisor, and a VM holding one cannot be live-migrated.</source>
        <translation>虚拟机独占一块支持 SR-IOV 的物理网卡的一个切片（虚拟功能），经 IOMMU 分配给它：网络流量绕过 Hypervisor，速度接近原生。需要支持 SR-IOV 的网卡、IOMMU 以及裸金属或混合虚拟化的 Hypervisor；占用虚拟功能的虚拟机不能热迁移。</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>%1 的设置</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（位于 %2）</translation>
    </message>
    <message>
        <source>Use EPT / NPT when the CPU has it</source>
        <translation>CPU 支持时使用 EPT / NPT</translation>
    </message>
    <message>
        <source>&amp;Processors (vCPUs):</source>
        <translation>处理器（vCPU）(&amp;P)：</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>处理器</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Technique:</source>
        <translation>虚拟化技术(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;I/O path:</source>
        <translation>I/O 路径(&amp;I)：</translation>
    </message>
    <message>
        <source> cores</source>
        <translation> 核</translation>
    </message>
    <message>
        <source>&amp;CPU limit:</source>
        <translation>CPU 限额(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Memory limit:</source>
        <translation>内存限额(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Workload:</source>
        <translation>负载(&amp;W)：</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>%1 GB, thin: the file grows as the guest writes</source>
        <translation>%1 GB，精简置备：文件随客户机写入而增长</translation>
    </message>
    <message>
        <source>%1 GB, thick: the whole size was taken at once</source>
        <translation>%1 GB，厚置备：一次性占用全部空间</translation>
    </message>
    <message>
        <source>Hard Disk</source>
        <translation>硬盘</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Network Adapter</source>
        <translation>网络适配器</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示器</translation>
    </message>
    <message>
        <source>A text console: the VM&apos;s tab shows what the guest prints while it boots and runs.</source>
        <translation>文本控制台：虚拟机的标签页显示客户机在启动和运行时输出的内容。</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Text console</source>
        <translation>文本控制台</translation>
    </message>
    <message>
        <source>1 vCPU</source>
        <translation>1 个 vCPU</translation>
    </message>
    <message>
        <source>%1 vCPUs</source>
        <translation>%1 个 vCPU</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 GB · %2</source>
        <translation>%1 GB · %2</translation>
    </message>
    <message>
        <source>This guest no longer exists.</source>
        <translation>此客户机已不存在。</translation>
    </message>
</context>
<context>
    <name>GuestTab</name>
    <message>
        <source>Power on</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Snapshots…</source>
        <translation>快照…</translation>
    </message>
    <message>
        <source>Take, revert to and delete snapshots; make clones</source>
        <translation>拍摄、恢复和删除快照；制作克隆</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Speed of this guest&apos;s work compared with the same work on the bare hardware: what virtualization costs here.</source>
        <translation>该客户机完成工作的速度与在物理硬件上直接运行相比：这就是此处虚拟化的代价。</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU ready (waiting for a core)</source>
        <translation>CPU 就绪（等待空闲核心）</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1，运行于 %2（%3）</translation>
    </message>
    <message>
        <source>%1 container inside the VM %2 on %3</source>
        <translation>%1 容器，运行于 %3 上的虚拟机 %2 中</translation>
    </message>
    <message>
        <source>shares the VM&apos;s kernel</source>
        <translation>共享虚拟机的内核</translation>
    </message>
    <message>
        <source>pays the VM&apos;s overheads too</source>
        <translation>还要承担虚拟机的开销</translation>
    </message>
    <message>
        <source>%1 container on %2</source>
        <translation>%1 容器，运行于 %2</translation>
    </message>
    <message>
        <source>shares the host&apos;s kernel</source>
        <translation>共享宿主机内核</translation>
    </message>
    <message>
        <source>no guest OS to boot</source>
        <translation>无需启动客户机操作系统</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>操作系统：</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPU：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation>磁盘：</translation>
    </message>
    <message>
        <source>%1 GB, thin</source>
        <translation>%1 GB，精简置备</translation>
    </message>
    <message>
        <source>%1 GB, preallocated</source>
        <translation>%1 GB，预先分配</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <source>%1, SR-IOV virtual function</source>
        <translation>%1，SR-IOV 虚拟功能</translation>
    </message>
    <message>
        <source>Technique:</source>
        <translation>虚拟化技术：</translation>
    </message>
    <message>
        <source>%1 is already off.</source>
        <translation>%1 已经关机。</translation>
    </message>
    <message>
        <source>used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>not available on this CPU</source>
        <translation>此 CPU 不支持</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>I/O path:</source>
        <translation>I/O 路径：</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <source>CPU limit:</source>
        <translation>CPU 限额：</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 核</translation>
    </message>
    <message>
        <source>Memory limit:</source>
        <translation>内存限额：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation>负载：</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>paused for switch-over</source>
        <translation>切换时暂停</translation>
    </message>
    <message>
        <source>%1 … %2 %</source>
        <translation>%1…… %2 %</translation>
    </message>
    <message>
        <source>runs at %1 % of native speed</source>
        <translation>速度为原生的 %1 %</translation>
    </message>
    <message>
        <source>%1 of %2 GB in use</source>
        <translation>已用 %1 / %2 GB</translation>
    </message>
    <message>
        <source>%1 IOPS · %2 MB/s</source>
        <translation>%1 IOPS · %2 MB/s</translation>
    </message>
    <message>
        <source>%1 Mb/s</source>
        <translation>%1 Mb/s</translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <source>VirtLab</source>
        <translation>VirtLab</translation>
    </message>
    <message>
        <source>A lab for virtual machines and containers: drag a template from the palette onto a host, power it on, and watch every layer of the stack.</source>
        <translation>虚拟机与容器实验室：从模板面板把模板拖到主机上，开机，观察架构中的每一层。</translation>
    </message>
    <message>
        <source>Current lab</source>
        <translation>当前实验</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Double-click a lab to open it.</source>
        <translation>双击实验即可打开。</translation>
    </message>
    <message>
        <source>Untitled lab</source>
        <translation>未命名实验</translation>
    </message>
    <message>
        <source>%1 hosts, %2 virtual machines, %3 containers; %4 running</source>
        <translation>%1 台主机，%2 台虚拟机，%3 个容器；%4 个正在运行</translation>
    </message>
</context>
<context>
    <name>HostCheck</name>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>CPU vendor</source>
        <translation>CPU 厂商</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>CPU 型号</translation>
    </message>
    <message>
        <source>Hardware virtualization (VT-x / AMD-V)</source>
        <translation>硬件虚拟化（VT-x / AMD-V）</translation>
    </message>
    <message>
        <source>Second-level paging (EPT / NPT)</source>
        <translation>二级地址转换（EPT / NPT）</translation>
    </message>
    <message>
        <source>Enabled in firmware (BIOS/UEFI)</source>
        <translation>已在固件（BIOS/UEFI）中启用</translation>
    </message>
    <message>
        <source>KVM device (/dev/kvm)</source>
        <translation>KVM 设备（/dev/kvm）</translation>
    </message>
    <message>
        <source>This user may use /dev/kvm</source>
        <translation>当前用户可以使用 /dev/kvm</translation>
    </message>
    <message>
        <source>Running inside a VM</source>
        <translation>运行在虚拟机中</translation>
    </message>
    <message>
        <source>Hyper-V present</source>
        <translation>存在 Hyper-V</translation>
    </message>
    <message>
        <source>Machine maker and model</source>
        <translation>机器厂商和型号</translation>
    </message>
    <message>
        <source>Hosted hypervisor (VMware Workstation, VirtualBox)</source>
        <translation>寄居式 Hypervisor（VMware Workstation、VirtualBox）</translation>
    </message>
    <message>
        <source>Bare-metal hypervisor (ESXi, Xen, Hyper-V)</source>
        <translation>裸金属 Hypervisor（ESXi、Xen、Hyper-V）</translation>
    </message>
    <message>
        <source>Hybrid hypervisor (KVM + QEMU)</source>
        <translation>混合式 Hypervisor（KVM + QEMU）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{ext} is available: VMware Workstation or VirtualBox can run 64-bit guests with hardware assist and {slat} for the guests&apos; page tables.</source>
        <translation>{ext} 可用：VMware Workstation 或 VirtualBox 可以用硬件辅助运行 64 位客户机，并用 {slat} 处理客户机的页表。</translation>
    </message>
    <message>
        <source>{ext} is available: VMware Workstation or VirtualBox can run 64-bit guests with hardware assist (VirtLab could not tell whether {slat} is there too).</source>
        <translation>{ext} 可用：VMware Workstation 或 VirtualBox 可以用硬件辅助运行 64 位客户机（VirtLab 无法判断是否也有 {slat}）。</translation>
    </message>
    <message>
        <source>{ext} is available but {slat} is not: guests run, but every page-table change goes through shadow page tables, which is slow for OS-heavy work.</source>
        <translation>{ext} 可用但没有 {slat}：客户机可以运行，但每次页表修改都要经过影子页表，操作系统密集型工作会很慢。</translation>
    </message>
    <message>
        <source>Hyper-V (or VBS / WSL 2) is running and holds {ext}. VMware Workstation 15.5+ and VirtualBox 6+ can still run on top of it, more slowly; turning Hyper-V off gives them the CPU&apos;s extensions back.</source>
        <translation>Hyper-V（或 VBS / WSL 2）正在运行并占用了 {ext}。VMware Workstation 15.5+ 和 VirtualBox 6+ 仍可在它之上运行，但速度较慢；关闭 Hyper-V 后它们就能重新使用 CPU 的虚拟化扩展。</translation>
    </message>
    <message>
        <source>The CPU has {ext} but the firmware has it switched off: enable it in the BIOS/UEFI setup (often &apos;Intel Virtualization Technology&apos; or &apos;SVM Mode&apos;).</source>
        <translation>CPU 支持 {ext}，但固件中已将其关闭：请在 BIOS/UEFI 设置中启用（通常叫“Intel Virtualization Technology”或“SVM Mode”）。</translation>
    </message>
    <message>
        <source>{ext} is not visible. Current VMware Workstation and VirtualBox need it for 64-bit guests. If the CPU has it, switch it on in the BIOS/UEFI setup.</source>
        <translation>看不到 {ext}。当前版本的 VMware Workstation 和 VirtualBox 运行 64 位客户机都需要它。如果 CPU 支持，请在 BIOS/UEFI 设置中开启。</translation>
    </message>
    <message>
        <source>This system is itself a VM under {hypervisor}, which does not pass {ext} through: a hypervisor here needs nested virtualization switched on outside.</source>
        <translation>本系统本身就是 {hypervisor} 下的虚拟机，而外层没有把 {ext} 透传进来：要在这里运行 Hypervisor，需要在外层开启嵌套虚拟化。</translation>
    </message>
    <message>
        <source>VirtLab could not tell whether {ext} is available, so it cannot say.</source>
        <translation>VirtLab 无法判断 {ext} 是否可用，因此无法给出结论。</translation>
    </message>
    <message>
        <source>A bare-metal hypervisor (ESXi, Xen, Hyper-V) would replace the operating system on this machine; the CPU has what it needs.</source>
        <translation>裸金属 Hypervisor（ESXi、Xen、Hyper-V）会取代这台机器上的操作系统；CPU 具备所需的功能。</translation>
    </message>
    <message>
        <source>A bare-metal hypervisor could be installed, but without {slat} Hyper-V will not run and the others fall back to slow shadow page tables.</source>
        <translation>可以安装裸金属 Hypervisor，但没有 {slat} 时 Hyper-V 无法运行，其他产品则退回到较慢的影子页表。</translation>
    </message>
    <message>
        <source>Without {ext}, only Xen could run here, and only with paravirtualized Linux guests.</source>
        <translation>没有 {ext} 时，这里只能运行 Xen，而且只能运行半虚拟化的 Linux 客户机。</translation>
    </message>
    <message>
        <source>Hyper-V is already a bare-metal hypervisor under this Windows: Windows itself runs in Hyper-V&apos;s root partition.</source>
        <translation>Hyper-V 已经作为裸金属 Hypervisor 运行在这个 Windows 之下：Windows 本身运行在 Hyper-V 的根分区中。</translation>
    </message>
    <message>
        <source>This system is a VM under {hypervisor}: a bare-metal hypervisor needs a physical machine (or nested virtualization from the outer one).</source>
        <translation>本系统是 {hypervisor} 下的虚拟机：裸金属 Hypervisor 需要物理机（或由外层提供嵌套虚拟化）。</translation>
    </message>
    <message>
        <source>/dev/kvm is present and usable: QEMU/KVM can run hardware-assisted VMs right now.</source>
        <translation>/dev/kvm 存在且可用：QEMU/KVM 现在就能运行硬件辅助虚拟机。</translation>
    </message>
    <message>
        <source>/dev/kvm exists but this user may not open it: join the &apos;kvm&apos; group or ask the administrator.</source>
        <translation>/dev/kvm 存在，但当前用户无权打开：请加入“kvm”用户组或联系管理员。</translation>
    </message>
    <message>
        <source>The CPU shows {ext} but there is no /dev/kvm: the kvm_intel / kvm_amd module is not loaded, or the firmware has the extensions switched off.</source>
        <translation>CPU 显示支持 {ext}，但没有 /dev/kvm：可能是 kvm_intel / kvm_amd 模块没有加载，或固件关闭了虚拟化扩展。</translation>
    </message>
    <message>
        <source>KVM needs {ext}, which is not visible here: enable it in the firmware (or, in a VM, ask for nested virtualization).</source>
        <translation>KVM 需要 {ext}，但这里看不到：请在固件中启用（如果在虚拟机中，请申请嵌套虚拟化）。</translation>
    </message>
    <message>
        <source>KVM is part of the Linux kernel: boot Linux on this PC to use the hybrid design. Windows&apos; own equivalent is Hyper-V.</source>
        <translation>KVM 是 Linux 内核的一部分：在这台电脑上启动 Linux 才能使用混合虚拟化。Windows 上对应的是 Hyper-V。</translation>
    </message>
    <message>
        <source>VirtLab cannot read this operating system&apos;s virtualization facts.</source>
        <translation>VirtLab 无法读取此操作系统的虚拟化信息。</translation>
    </message>
    <message>
        <source>/proc/cpuinfo could not be read</source>
        <translation>无法读取 /proc/cpuinfo</translation>
    </message>
    <message>
        <source>vendor_id in /proc/cpuinfo</source>
        <translation>/proc/cpuinfo 中的 vendor_id</translation>
    </message>
    <message>
        <source>/proc/cpuinfo has no vendor_id (not an x86 CPU?)</source>
        <translation>/proc/cpuinfo 中没有 vendor_id（不是 x86 CPU？）</translation>
    </message>
    <message>
        <source>model name in /proc/cpuinfo</source>
        <translation>/proc/cpuinfo 中的 model name</translation>
    </message>
    <message>
        <source>/proc/cpuinfo lists no CPU flags</source>
        <translation>/proc/cpuinfo 没有列出 CPU 标志</translation>
    </message>
    <message>
        <source>vmx/svm flag in /proc/cpuinfo</source>
        <translation>/proc/cpuinfo 中的 vmx/svm 标志</translation>
    </message>
    <message>
        <source>no vmx/svm flag in /proc/cpuinfo: the CPU lacks it, the firmware has it switched off, or a hypervisor below hides it</source>
        <translation>/proc/cpuinfo 中没有 vmx/svm 标志：CPU 不支持，固件关闭了它，或者下层的 Hypervisor 把它隐藏了</translation>
    </message>
    <message>
        <source>ept/npt flag in /proc/cpuinfo</source>
        <translation>/proc/cpuinfo 中的 ept/npt 标志</translation>
    </message>
    <message>
        <source>no ept/npt flag in /proc/cpuinfo</source>
        <translation>/proc/cpuinfo 中没有 ept/npt 标志</translation>
    </message>
    <message>
        <source>&apos;hypervisor&apos; CPU flag in /proc/cpuinfo</source>
        <translation>/proc/cpuinfo 中的 hypervisor CPU 标志</translation>
    </message>
    <message>
        <source>no &apos;hypervisor&apos; CPU flag in /proc/cpuinfo</source>
        <translation>/proc/cpuinfo 中没有 hypervisor CPU 标志</translation>
    </message>
    <message>
        <source>/proc/cpuinfo hides the virtualization flags, EPT/NPT too</source>
        <translation>/proc/cpuinfo 隐藏了虚拟化标志，EPT/NPT 也看不到</translation>
    </message>
    <message>
        <source>/dev/kvm exists</source>
        <translation>/dev/kvm 存在</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist</source>
        <translation>/dev/kvm 不存在</translation>
    </message>
    <message>
        <source>read/write permission on /dev/kvm</source>
        <translation>对 /dev/kvm 的读写权限</translation>
    </message>
    <message>
        <source>/dev/kvm exists, so the kernel found VT-x/AMD-V (the CPU flags in /proc/cpuinfo do not show it)</source>
        <translation>/dev/kvm 存在，说明内核找到了 VT-x/AMD-V（/proc/cpuinfo 中的 CPU 标志没有显示）</translation>
    </message>
    <message>
        <source>Linux shows the firmware switch only in the kernel log (needs root)</source>
        <translation>Linux 只在内核日志中显示固件开关（需要 root 权限）</translation>
    </message>
    <message>
        <source>/sys/class/dmi/id</source>
        <translation>/sys/class/dmi/id</translation>
    </message>
    <message>
        <source>/sys/class/dmi/id could not be read</source>
        <translation>无法读取 /sys/class/dmi/id</translation>
    </message>
    <message>
        <source>this Linux runs as a Hyper-V guest</source>
        <translation>这个 Linux 作为 Hyper-V 客户机运行</translation>
    </message>
    <message>
        <source>Hyper-V would show as the hypervisor below this Linux</source>
        <translation>如果有 Hyper-V，它会显示为这个 Linux 下层的 Hypervisor</translation>
    </message>
    <message>
        <source>systemd-detect-virt</source>
        <translation>systemd-detect-virt</translation>
    </message>
    <message>
        <source>systemd-detect-virt found no hypervisor</source>
        <translation>systemd-detect-virt 没有发现 Hypervisor</translation>
    </message>
    <message>
        <source>/sys/hypervisor/type</source>
        <translation>/sys/hypervisor/type</translation>
    </message>
    <message>
        <source>DMI vendor/product strings</source>
        <translation>DMI 厂商/产品字符串</translation>
    </message>
    <message>
        <source>no source could tell</source>
        <translation>没有任何来源能确定</translation>
    </message>
    <message>
        <source>PowerShell/CIM could not be queried</source>
        <translation>无法查询 PowerShell/CIM</translation>
    </message>
    <message>
        <source>Win32_Processor (PowerShell)</source>
        <translation>Win32_Processor（PowerShell）</translation>
    </message>
    <message>
        <source>{field} in {source}</source>
        <translation>{source} 中的 {field}</translation>
    </message>
    <message>
        <source>{source} has no {field}</source>
        <translation>{source} 中没有 {field}</translation>
    </message>
    <message>
        <source>platform.processor()</source>
        <translation>platform.processor()</translation>
    </message>
    <message>
        <source>Windows hides this while Hyper-V (or VBS / WSL 2) holds the CPU&apos;s virtualization extensions</source>
        <translation>Hyper-V（或 VBS / WSL 2）占用 CPU 的虚拟化扩展时，Windows 会隐藏这一项</translation>
    </message>
    <message>
        <source>KVM is part of Linux; Windows has no /dev/kvm</source>
        <translation>KVM 是 Linux 的一部分；Windows 没有 /dev/kvm</translation>
    </message>
    <message>
        <source>Win32_ComputerSystem</source>
        <translation>Win32_ComputerSystem</translation>
    </message>
    <message>
        <source>Win32_ComputerSystem manufacturer/model</source>
        <translation>Win32_ComputerSystem 的制造商/型号</translation>
    </message>
    <message>
        <source>Win32_ComputerSystem names a physical machine</source>
        <translation>Win32_ComputerSystem 表明这是一台物理机</translation>
    </message>
    <message>
        <source>platform.system()</source>
        <translation>platform.system()</translation>
    </message>
    <message>
        <source>VirtLab cannot read this on {system}</source>
        <translation>VirtLab 无法在 {system} 上读取这一项</translation>
    </message>
    <message>
        <source>VirtLab cannot read this on this system</source>
        <translation>VirtLab 无法在这个系统上读取这一项</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>unknown hypervisor</source>
        <translation>未知的 Hypervisor</translation>
    </message>
</context>
<context>
    <name>HostCheckDialog</name>
    <message>
        <source>Can this PC virtualize?</source>
        <translation>这台电脑能做虚拟化吗？</translation>
    </message>
    <message>
        <source>What VirtLab could read about this computer, and what a real hypervisor could do on it. VirtLab itself needs none of this: its labs are simulated.</source>
        <translation>VirtLab 能读取到的这台电脑的信息，以及真实的 Hypervisor 能在上面做什么。VirtLab 本身不需要这些：它的实验都是仿真的。</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>What a real hypervisor could do here:</source>
        <translation>真实的 Hypervisor 在这里能做什么：</translation>
    </message>
</context>
<context>
    <name>HostTab</name>
    <message>
        <source>Virtualization</source>
        <translation>虚拟化</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>CPU time the virtualization layers spend on the guests&apos; behalf</source>
        <translation>虚拟化层代替客户机花费的 CPU 时间</translation>
    </message>
    <message>
        <source>Share identical memory pages between guests (TPS / KSM)</source>
        <translation>在客户机之间共享相同的内存页（TPS / KSM）</translation>
    </message>
    <message>
        <source>Merges pages that several guests hold with the same content, so overcommitted memory lasts longer. Off by default on current hypervisors for security reasons.</source>
        <translation>合并多个客户机中内容相同的内存页，让超额分配的内存更耐用。出于安全原因，当前的 Hypervisor 默认关闭此功能。</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>%1 cores × %2 GHz · %3 %4 · %5 %6 · VT-d/IOMMU %7 · %8 GB RAM · %9 GB disk (%10 MB/s, %11 IOPS) · %12 Gb/s NIC</source>
        <translation>%1 核 × %2 GHz · %3 %4 · %5 %6 · VT-d/IOMMU %7 · %8 GB 内存 · %9 GB 磁盘（%10 MB/s，%11 IOPS）· %12 Gb/s 网卡</translation>
    </message>
    <message>
        <source>Guests on this host</source>
        <translation>此主机上的客户机</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>guest VMs</source>
        <translation>客户虚拟机</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>层次：%1</translation>
    </message>
    <message numerus="yes">
        <source>Guests on this host (%n)</source>
        <translation>
            <numerusform>此主机上的客户机（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 GB</source>
        <translation>%1 / %2 GB</translation>
    </message>
    <message>
        <source>%1 GB promised to guests: overcommitted %2 %. %3 GB shared · %4 GB ballooned · %5 GB swapped</source>
        <translation>已承诺给客户机 %1 GB：超额分配 %2 %。共享 %3 GB · 气球回收 %4 GB · 换出 %5 GB</translation>
    </message>
    <message>
        <source>%1 GB promised to guests · %2 GB saved by page sharing</source>
        <translation>已承诺给客户机 %1 GB · 页面共享节省 %2 GB</translation>
    </message>
    <message>
        <source>%1 GB promised to guests</source>
        <translation>已承诺给客户机 %1 GB</translation>
    </message>
    <message>
        <source>%1 IOPS · %2 MB/s</source>
        <translation>%1 IOPS · %2 MB/s</translation>
    </message>
    <message>
        <source>%1 Mb/s</source>
        <translation>%1 Mb/s</translation>
    </message>
    <message>
        <source>%1 % of the CPU</source>
        <translation>占 CPU 的 %1 %</translation>
    </message>
    <message>
        <source>Drag a VM template or a container image from the palette and drop it here.</source>
        <translation>从模板面板拖入虚拟机模板或容器镜像，放到这里。</translation>
    </message>
    <message>
        <source>Release to add it to %1.</source>
        <translation>松开鼠标即可添加到 %1。</translation>
    </message>
</context>
<context>
    <name>HostTemplate</name>
    <message>
        <source>Lab PC</source>
        <translation>实验室电脑</translation>
    </message>
    <message>
        <source>Old laptop</source>
        <translation>旧笔记本电脑</translation>
    </message>
    <message>
        <source>Rack server</source>
        <translation>机架式服务器</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>客户机操作系统</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU 数</translation>
    </message>
    <message>
        <source>Memory (MB)</source>
        <translation>内存（MB）</translation>
    </message>
    <message>
        <source>Virtual disks</source>
        <translation>虚拟磁盘</translation>
    </message>
    <message>
        <source>Disks without a size</source>
        <translation>未注明大小的磁盘</translation>
    </message>
    <message>
        <source>Disk provisioning</source>
        <translation>磁盘置备方式</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>Adapter model</source>
        <translation>网卡型号</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>虚拟化技术</translation>
    </message>
    <message>
        <source>Memory virtualization</source>
        <translation>内存虚拟化</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>CPU limit (cores)</source>
        <translation>CPU 限制（核）</translation>
    </message>
    <message>
        <source>Memory limit (MB)</source>
        <translation>内存限制（MB）</translation>
    </message>
    <message>
        <source>Port mappings</source>
        <translation>端口转发</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>VirtLab does not simulate this</source>
        <translation>VirtLab 不模拟此项</translation>
    </message>
    <message>
        <source>a path or URL inside the file: never followed</source>
        <translation>文件中的路径或 URL：从不访问</translation>
    </message>
    <message>
        <source>value not recognised</source>
        <translation>无法识别的值</translation>
    </message>
    <message>
        <source>not stated in the file: VirtLab&apos;s default</source>
        <translation>文件未注明：使用 VirtLab 的默认值</translation>
    </message>
    <message>
        <source>not in VirtLab: the nearest stand-in</source>
        <translation>VirtLab 中没有：使用最接近的替代</translation>
    </message>
    <message>
        <source>VirtLab gives a VM one virtual disk: sizes added up</source>
        <translation>VirtLab 中每台虚拟机只有一块虚拟磁盘：大小已相加</translation>
    </message>
    <message>
        <source>VirtLab gives a VM one network: the first adapter&apos;s is used</source>
        <translation>VirtLab 中每台虚拟机只接一个网络：采用第一块网卡的网络</translation>
    </message>
    <message>
        <source>not a usable number</source>
        <translation>不是可用的数字</translation>
    </message>
    <message>
        <source>rounded to what VirtLab can hold</source>
        <translation>已调整到 VirtLab 允许的范围</translation>
    </message>
    <message>
        <source>too many entries: the rest were skipped</source>
        <translation>条目过多：其余已跳过</translation>
    </message>
    <message>
        <source>%1%2 “%3” → %4</source>
        <translation>%1%2“%3”→ %4</translation>
    </message>
    <message>
        <source>%1%2 → %3</source>
        <translation>%1%2 → %3</translation>
    </message>
    <message>
        <source>%1%2 “%3”: left out</source>
        <translation>%1%2“%3”：未导入</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>✗ %1 was not added: %2</source>
        <translation>✗ 未添加 %1：%2</translation>
    </message>
    <message>
        <source>thin</source>
        <translation>精简置备</translation>
    </message>
    <message>
        <source>thick</source>
        <translation>厚置备</translation>
    </message>
    <message>
        <source>EPT/NPT (second-level address translation)</source>
        <translation>EPT/NPT（二级地址转换）</translation>
    </message>
    <message>
        <source>shadow page tables</source>
        <translation>影子页表</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n guest(s) for %2</source>
        <translation>
            <numerusform>%1：%n 个客户机，适用于 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>导入报告</translation>
    </message>
    <message numerus="yes">
        <source>Added %n new host(s) holding %1.</source>
        <translation>
            <numerusform>已添加 %n 台新主机，共 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n 个客户机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n guest(s).</source>
        <translation>
            <numerusform>已添加 %n 个客户机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) could not be added: see the end of the report.</source>
        <translation>
            <numerusform>%n 个客户机未能添加：原因见报告末尾。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabEditor</name>
    <message>
        <source>Edit Lab</source>
        <translation>编辑实验</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Brief:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Goals (a tick: the lab as it is now meets it)</source>
        <translation>目标（打勾：当前的实验环境已达到）</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>目标 %1：%2</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>Host %1 runs in %2 mode</source>
        <translation>主机 %1 采用%2模式</translation>
    </message>
    <message>
        <source>At least %2 guests (%3) run on %1</source>
        <translation>%1 上至少运行 %2 台客户机（%3）</translation>
    </message>
    <message>
        <source>At least %2 guests run on %3 hosts</source>
        <translation>%3主机上至少运行 %2 台客户机</translation>
    </message>
    <message>
        <source>At least %2 running VMs use %3 virtualization</source>
        <translation>至少 %2 台运行中的虚拟机使用%3</translation>
    </message>
    <message>
        <source>CPU of %1 stays below %2 % for %3 s</source>
        <translation>%1 的 CPU 保持在 %2 % 以下达 %3 秒</translation>
    </message>
    <message>
        <source>Image %2 is pulled to %1</source>
        <translation>镜像 %2 已拉取到 %1</translation>
    </message>
    <message>
        <source>%2 of %1 rises above %3</source>
        <translation>%1 的%2超过 %3</translation>
    </message>
    <message>
        <source>Guest %2 runs on %1</source>
        <translation>客户机 %2 运行在 %1 上</translation>
    </message>
    <message>
        <source>Guest %2 arrives on %1 by live migration, still running</source>
        <translation>客户机 %2 通过热迁移到达 %1，并保持运行</translation>
    </message>
    <message>
        <source>Guest %2 on %1 is reverted to a snapshot</source>
        <translation>%1 上的客户机 %2 恢复到快照</translation>
    </message>
    <message>
        <source>Image %2 is pulled from the registry to %1</source>
        <translation>镜像 %2 从仓库拉取到 %1</translation>
    </message>
    <message>
        <source>Host %1 is changed from %2 mode to %3 mode</source>
        <translation>主机 %1 从%2模式改为%3模式</translation>
    </message>
    <message>
        <source>%2 is stepped through to its end on a guest of %1</source>
        <translation>在 %1 的一个客户机上把%2逐步查看到最后一步</translation>
    </message>
    <message>
        <source>A privileged instruction</source>
        <translation>一条特权指令</translation>
    </message>
    <message>
        <source>A memory access</source>
        <translation>一次内存访问</translation>
    </message>
    <message>
        <source>An I/O request</source>
        <translation>一次 I/O 请求</translation>
    </message>
    <message>
        <source>Guest %2 on %1 is reset while at least %3 other guests keep running</source>
        <translation>%1 上的客户机 %2 被重置，同时至少 %3 台其他客户机保持运行</translation>
    </message>
    <message>
        <source>Guest %2 on %1 crashes while at least %3 other guests keep running</source>
        <translation>%1 上的客户机 %2 崩溃，同时至少 %3 台其他客户机保持运行</translation>
    </message>
    <message>
        <source>Guest %2 on %1 is powered off while at least %3 other guests keep running</source>
        <translation>%1 上的客户机 %2 被关机，同时至少 %3 台其他客户机保持运行</translation>
    </message>
    <message>
        <source>Guest %2 on %1 is reset, crashes or is powered off while at least %3 other guests keep running</source>
        <translation>%1 上的客户机 %2 被重置、崩溃或关机，同时至少 %3 台其他客户机保持运行</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>VMs or containers</source>
        <translation>虚拟机或容器</translation>
    </message>
    <message>
        <source>any guest</source>
        <translation>任意客户机</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>any image</source>
        <translation>任意镜像</translation>
    </message>
    <message>
        <source>any host</source>
        <translation>任意主机</translation>
    </message>
    <message>
        <source>At least %2 guests reach %3 % of native speed on %1</source>
        <translation>%1 上至少 %2 台客户机达到原生速度的 %3 %</translation>
    </message>
    <message>
        <source>Untitled lab</source>
        <translation>未命名实验</translation>
    </message>
    <message>
        <source>%1 of %2 goals met</source>
        <translation>已完成 %1 / %2 个目标</translation>
    </message>
    <message>
        <source>This lab has no goals: explore freely.</source>
        <translation>这个实验没有设定目标：请自由探索。</translation>
    </message>
    <message>
        <source>All goals met. Well done: this lab is complete.</source>
        <translation>所有目标均已完成。干得好：本实验已完成。</translation>
    </message>
    <message>
        <source>Next lab: %1</source>
        <translation>下一个实验：%1</translation>
    </message>
    <message>
        <source>Lab complete: all %1 goals met</source>
        <translation>实验完成：%1 个目标全部达成</translation>
    </message>
    <message>
        <source>Met at %1 of simulated time</source>
        <translation>在模拟时间 %1 达成</translation>
    </message>
    <message>
        <source>Counts once goal %1 is met: %2</source>
        <translation>目标 %1 达成后才计入：%2</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>尚未达成</translation>
    </message>
    <message>
        <source>&amp;Labs</source>
        <translation>实验(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>powered off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>pulling image</source>
        <translation>正在拉取镜像</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>full virtualization (binary translation)</source>
        <translation>全虚拟化（二进制翻译）</translation>
    </message>
    <message>
        <source>paravirtualization (hypercalls)</source>
        <translation>半虚拟化（超级调用）</translation>
    </message>
    <message>
        <source>full virtualization (hardware-assisted, VT-x / AMD-V)</source>
        <translation>全虚拟化（硬件辅助，VT-x / AMD-V）</translation>
    </message>
    <message>
        <source>full virtualization (hardware-assisted, with EPT/NPT)</source>
        <translation>全虚拟化（硬件辅助，使用 EPT/NPT）</translation>
    </message>
    <message>
        <source>full virtualization (hardware-assisted, shadow page tables)</source>
        <translation>全虚拟化（硬件辅助，影子页表）</translation>
    </message>
    <message>
        <source>Full (binary translation)</source>
        <translation>全虚拟化（二进制翻译）</translation>
    </message>
    <message>
        <source>Paravirtualization</source>
        <translation>半虚拟化</translation>
    </message>
    <message>
        <source>Full (hardware-assisted) + EPT/NPT</source>
        <translation>全虚拟化（硬件辅助）+ EPT/NPT</translation>
    </message>
    <message>
        <source>Full (hardware-assisted), shadow paging</source>
        <translation>全虚拟化（硬件辅助），影子页表</translation>
    </message>
    <message>
        <source>emulated device</source>
        <translation>模拟设备</translation>
    </message>
    <message>
        <source>paravirtual (virtio)</source>
        <translation>半虚拟化（virtio）</translation>
    </message>
    <message>
        <source>passthrough (IOMMU)</source>
        <translation>直通（IOMMU）</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>bridged</source>
        <translation>桥接</translation>
    </message>
    <message>
        <source>host-only</source>
        <translation>仅主机</translation>
    </message>
    <message>
        <source>host network</source>
        <translation>主机网络</translation>
    </message>
</context>
<context>
    <name>LayerGraph</name>
    <message>
        <source>Bridged: the guest is on the physical LAN</source>
        <translation>桥接：客户机直接位于物理局域网上</translation>
    </message>
    <message>
        <source>NAT: out through the host&apos;s address, not reachable from the LAN</source>
        <translation>NAT：借主机的地址访问外部，局域网无法访问它</translation>
    </message>
    <message>
        <source>Host-only: a private network, no way out of the host</source>
        <translation>仅主机：私有网络，无法出主机</translation>
    </message>
    <message>
        <source>SR-IOV: a slice of the physical NIC, the switch is bypassed</source>
        <translation>SR-IOV：物理网卡的一个切片，绕过虚拟交换机</translation>
    </message>
    <message>
        <source>Host network: the host&apos;s own stack, the switch is bypassed</source>
        <translation>主机网络：直接使用主机的协议栈，绕过虚拟交换机</translation>
    </message>
    <message>
        <source>Host OS</source>
        <translation>宿主机操作系统</translation>
    </message>
    <message>
        <source>VMM</source>
        <translation>虚拟机监视器</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>Dom0</source>
        <translation>Dom0</translation>
    </message>
    <message>
        <source>KVM module</source>
        <translation>KVM 模块</translation>
    </message>
    <message>
        <source>QEMU</source>
        <translation>QEMU</translation>
    </message>
    <message>
        <source>Docker daemon</source>
        <translation>Docker 守护进程</translation>
    </message>
    <message>
        <source>Virtual switch</source>
        <translation>虚拟交换机</translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation>数据存储</translation>
    </message>
    <message>
        <source>Shared datastore</source>
        <translation>共享数据存储</translation>
    </message>
    <message>
        <source>Root partition</source>
        <translation>根分区</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>MEM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <source>BT in VMM</source>
        <translation>VMM 二进制翻译</translation>
    </message>
    <message>
        <source>hypercalls</source>
        <translation>超级调用</translation>
    </message>
    <message>
        <source>VT-x non-root</source>
        <translation>VT-x 非根模式</translation>
    </message>
    <message>
        <source>%1 Mb/s · %2 pkt/s</source>
        <translation>%1 Mb/s · %2 包/秒</translation>
    </message>
    <message>
        <source>%1 IOPS · %2/%3 GB</source>
        <translation>%1 IOPS · %2/%3 GB</translation>
    </message>
</context>
<context>
    <name>LayerKind</name>
    <message>
        <source>Physical hardware</source>
        <translation>物理硬件</translation>
    </message>
    <message>
        <source>Host OS kernel</source>
        <translation>宿主机内核</translation>
    </message>
    <message>
        <source>Hypervisor (type 1)</source>
        <translation>Hypervisor（1 型）</translation>
    </message>
    <message>
        <source>VMM application</source>
        <translation>虚拟机监视器程序</translation>
    </message>
    <message>
        <source>Management OS</source>
        <translation>管理操作系统</translation>
    </message>
    <message>
        <source>Hypervisor module</source>
        <translation>Hypervisor 内核模块</translation>
    </message>
    <message>
        <source>Device emulator</source>
        <translation>设备模拟器</translation>
    </message>
    <message>
        <source>Container engine</source>
        <translation>容器引擎</translation>
    </message>
    <message>
        <source>Engine client</source>
        <translation>引擎客户端</translation>
    </message>
    <message>
        <source>Image registry</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>Image (shared layers)</source>
        <translation>镜像（共享分层）</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>客户机操作系统</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Network virtualization</source>
        <translation>网络虚拟化</translation>
    </message>
    <message>
        <source>Storage virtualization</source>
        <translation>存储虚拟化</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Kernel / hypervisor</source>
        <translation>内核 / Hypervisor</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Emulators / images</source>
        <translation>模拟器 / 镜像</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>客户机</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Containers in VMs</source>
        <translation>虚拟机里的容器</translation>
    </message>
    <message>
        <source>Their applications</source>
        <translation>容器里的应用</translation>
    </message>
</context>
<context>
    <name>LearnFeature</name>
    <message>
        <source>Learn</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Com&amp;pare Stacks</source>
        <translation>比较架构(&amp;P)</translation>
    </message>
    <message>
        <source>Run one workload on every stack side by side</source>
        <translation>在每种架构上运行同一负载，并排比较</translation>
    </message>
    <message>
        <source>Can This PC &amp;Virtualize?</source>
        <translation>这台电脑能虚拟化吗？(&amp;V)</translation>
    </message>
    <message>
        <source>Check this computer&apos;s CPU and operating system for hardware virtualization</source>
        <translation>检查这台电脑的 CPU 和操作系统是否支持硬件虚拟化</translation>
    </message>
    <message>
        <source>Compare Stacks</source>
        <translation>比较架构</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>I/O: %1</source>
        <translation>I/O：%1</translation>
    </message>
    <message>
        <source>network: %1</source>
        <translation>网络：%1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between the parts of a stack</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Open Lab</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>Practise it in: %1</source>
        <translation>动手练习：%1</translation>
    </message>
    <message>
        <source>No bundled lab practises this yet.</source>
        <translation>目前还没有练习这一内容的自带实验。</translation>
    </message>
    <message>
        <source>Figures used</source>
        <translation>仿真使用的数据</translation>
    </message>
    <message>
        <source>Speeds are relative to native hardware = 1.00×.</source>
        <translation>速度以原生硬件 = 1.00× 为基准。</translation>
    </message>
    <message>
        <source>The simulation uses no measured number for this.</source>
        <translation>仿真中这一项没有使用实测数据。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>modelling assumption</source>
        <translation>建模假设</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>%1 的实际架构</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a product, then the stack it runs</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>LearnTexts</name>
    <message>
        <source>Physical hardware</source>
        <translation>物理硬件</translation>
    </message>
    <message>
        <source>Host operating system</source>
        <translation>宿主机操作系统</translation>
    </message>
    <message>
        <source>VMM application (hosted hypervisor)</source>
        <translation>虚拟机监视器程序（寄居式 Hypervisor）</translation>
    </message>
    <message>
        <source>Bare-metal hypervisor</source>
        <translation>裸金属 Hypervisor</translation>
    </message>
    <message>
        <source>Dom0 / root partition</source>
        <translation>Dom0 / 根分区</translation>
    </message>
    <message>
        <source>KVM kernel module</source>
        <translation>KVM 内核模块</translation>
    </message>
    <message>
        <source>QEMU device emulator</source>
        <translation>QEMU 设备模拟器</translation>
    </message>
    <message>
        <source>Docker daemon</source>
        <translation>Docker 守护进程</translation>
    </message>
    <message>
        <source>Docker client</source>
        <translation>Docker 客户端</translation>
    </message>
    <message>
        <source>Image registry</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>Container image</source>
        <translation>容器镜像</translation>
    </message>
    <message>
        <source>Guest operating system</source>
        <translation>客户机操作系统</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Application (workload)</source>
        <translation>应用程序（负载）</translation>
    </message>
    <message>
        <source>Native: no virtualization</source>
        <translation>原生：无虚拟化</translation>
    </message>
    <message>
        <source>Hosted virtualization (type 2)</source>
        <translation>寄居虚拟化（2 型）</translation>
    </message>
    <message>
        <source>Bare-metal virtualization (type 1)</source>
        <translation>裸金属虚拟化（1 型）</translation>
    </message>
    <message>
        <source>Hybrid virtualization (KVM + QEMU)</source>
        <translation>混合虚拟化（KVM + QEMU）</translation>
    </message>
    <message>
        <source>Container host</source>
        <translation>容器主机</translation>
    </message>
    <message>
        <source>Full virtualization (binary translation)</source>
        <translation>全虚拟化（二进制翻译）</translation>
    </message>
    <message>
        <source>Paravirtualization</source>
        <translation>半虚拟化</translation>
    </message>
    <message>
        <source>Full virtualization (hardware-assisted)</source>
        <translation>全虚拟化（硬件辅助）</translation>
    </message>
    <message>
        <source>The virtual machine monitor of a hosted stack is an application, like VMware Workstation or VirtualBox. It traps the guest&apos;s privileged work and switches between the guest and the host OS whenever a timer, interrupt or page fault needs the host. These world switches are the extra cost of type 2 over type 1: two operating systems have to cooperate for each device access. The classic measurements of binary translation were made on such a hosted VMM.</source>
        <translation>寄居架构中的虚拟机监视器是一个应用程序，例如 VMware Workstation 或 VirtualBox。它捕获客户机的特权操作，每当定时器、中断或缺页需要宿主机处理时，就在客户机和宿主机操作系统之间切换。这种“世界切换”就是 2 型比 1 型多出的开销：每次访问设备都需要两个操作系统协作完成。二进制翻译的经典测量数据正是在这样的寄居式虚拟机监视器上得到的。</translation>
    </message>
    <message>
        <source>A kernel installed directly on the hardware (ESXi, Xen, Hyper-V, FusionSphere). It schedules the VMs&apos; vCPUs and handles their traps without a general-purpose OS underneath, which is why type 1 is faster than type 2. How it reaches devices differs: ESXi&apos;s VMkernel carries its own drivers, while Xen and Hyper-V leave the drivers to a privileged OS beside them (Dom0, the root partition). Nor is every hypervisor a customised Linux: KVM is part of Linux and Xen&apos;s Dom0 is usually Linux, but ESXi&apos;s VMkernel and Hyper-V are kernels of their own.</source>
        <translation>直接安装在硬件上的内核（ESXi、Xen、Hyper-V、FusionSphere）。它调度虚拟机的 vCPU 并处理它们的陷入，下面没有通用操作系统，因此 1 型比 2 型更快。各产品访问设备的方式不同：ESXi 的 VMkernel 自带驱动，而 Xen 和 Hyper-V 把驱动交给旁边的特权操作系统（Dom0、根分区）。Hypervisor 也并不都是定制的 Linux：KVM 本身是 Linux 的一部分，Xen 的 Dom0 通常是 Linux，但 ESXi 的 VMkernel 和 Hyper-V 都是独立的内核。</translation>
    </message>
    <message>
        <source>KVM is a module that turns the Linux kernel into a hypervisor: each VM is a normal Linux process, and each vCPU a thread that the kernel schedules. The guest runs unmodified, so it is full virtualization, done with hardware assistance: KVM relies on VT-x/AMD-V to run guest code directly and needs a CPU that has it. Device work is left to QEMU in user space. Tuning matters: in one study untuned KVM reached 83 % of native Linpack speed, and with vCPUs pinned to cores and the host&apos;s NUMA layout shown to the guest, 98 %; VirtLab models the tuned guest.</source>
        <translation>KVM 是一个内核模块，它把 Linux 内核变成 Hypervisor：每台虚拟机是一个普通的 Linux 进程，每个 vCPU 是由内核调度的一个线程。客户机无需修改，所以这属于全虚拟化，只是借助硬件辅助实现：KVM 依靠 VT-x/AMD-V 直接运行客户机代码，因此需要支持它的 CPU。设备的工作交给用户态的 QEMU。调优很重要：一项研究中，未调优的 KVM 在 Linpack 上只达到原生速度的 83 %，把 vCPU 绑定到物理核并向客户机呈现宿主机的 NUMA 布局后达到 98 %；VirtLab 模拟的是调优后的客户机。</translation>
    </message>
    <message>
        <source>Under KVM each VM has its own QEMU process, which emulates the devices the guest sees: disks, network cards, a BIOS. Disk requests, even through the paravirtual virtio-blk driver, are served by QEMU&apos;s I/O thread, which is why random disk I/O under KVM reached only about half of native in measurements. Network packets through vhost-net skip QEMU: a host-kernel thread moves them, so VirtLab charges their CPU to the host kernel.</source>
        <translation>在 KVM 下，每台虚拟机都有自己的 QEMU 进程，它模拟客户机看到的设备：磁盘、网卡、BIOS。磁盘请求即使走半虚拟化的 virtio-blk 驱动，也要由 QEMU 的 I/O 线程处理，所以实测中 KVM 的随机磁盘 I/O 只有原生的一半左右。经 vhost-net 的网络数据包则绕过 QEMU，由宿主机内核线程搬运，因此 VirtLab 把它们消耗的 CPU 记在宿主机内核上。</translation>
    </message>
    <message>
        <source>A complete operating system running inside a VM, with its own kernel. It boots like on a real PC, which takes seconds to minutes, and it believes it owns the hardware. How its privileged instructions reach the real CPU depends on the technique: full virtualization, by binary translation or with hardware assistance, or paravirtualization.</source>
        <translation>运行在虚拟机中的完整操作系统，拥有自己的内核。它像在真实电脑上一样启动，需要几秒到几分钟，并且认为自己独占硬件。它的特权指令如何到达真实 CPU，取决于所用的技术：全虚拟化（以二进制翻译或借助硬件辅助实现），或半虚拟化。</translation>
    </message>
    <message>
        <source>A container is a group of processes that the host kernel isolates with namespaces and limits with cgroups. There is no second kernel, so CPU, memory and disk run at native speed and a container starts in well under a second. The price is weaker isolation, and a Linux container needs a Linux kernel underneath, which a container host and a KVM host both have. Running containers can be checkpointed and restored on another host with tools such as CRIU; VirtLab moves containers only when they are stopped.</source>
        <translation>容器是一组进程，由宿主机内核用命名空间隔离、用 cgroups 限制资源。没有第二个内核，所以 CPU、内存和磁盘都以原生速度运行，容器不到一秒就能启动。代价是隔离较弱，而且 Linux 容器下面必须有 Linux 内核，容器主机和 KVM 主机都具备。运行中的容器可以用 CRIU 等工具做检查点并在另一台主机上恢复；VirtLab 只在容器停止时移动它。</translation>
    </message>
    <message>
        <source>The hypervisor is installed on the hardware itself, with no host OS (ESXi, Xen, Hyper-V, FusionSphere). CPU and memory work reaches the hardware through the hypervisor alone, so guests run faster than under a hosted VMM. I/O takes different roads: ESXi drives devices itself, while Xen&apos;s and Hyper-V&apos;s guests send their I/O to the drivers of Dom0 or the root partition. It takes over the whole machine and is managed from a console or a management VM such as Xen&apos;s Dom0.</source>
        <translation>Hypervisor 直接安装在硬件上，没有宿主机操作系统（ESXi、Xen、Hyper-V、FusionSphere）。CPU 和内存操作只经过 Hypervisor 就到达硬件，所以客户机比在寄居式虚拟机监视器下运行得快。I/O 的路径则各不相同：ESXi 自己驱动设备，而 Xen 和 Hyper-V 的客户机把 I/O 交给 Dom0 或根分区中的驱动。它独占整台机器，通过控制台或 Xen 的 Dom0 这样的管理虚拟机来管理。</translation>
    </message>
    <message>
        <source>A normal Linux kernel gains hypervisor powers from a module (KVM), and a user-space emulator (QEMU) provides each VM&apos;s devices. It combines the speed of type 1 with the drivers and tools of an ordinary OS, and it needs VT-x/AMD-V in the CPU. Because the kernel stays an ordinary Linux kernel, it can run containers beside the VMs, as Proxmox VE does.</source>
        <translation>普通的 Linux 内核通过一个内核模块（KVM）获得 Hypervisor 的能力，再由用户态模拟器（QEMU）为每台虚拟机提供设备。它兼具 1 型的速度和普通操作系统的驱动与工具，要求 CPU 支持 VT-x/AMD-V。由于内核仍是普通的 Linux 内核，它可以在虚拟机旁边同时运行容器，Proxmox VE 就是这样做的。</translation>
    </message>
    <message>
        <source>A host OS runs a container engine (Docker). Containers share the host&apos;s kernel instead of booting their own, so they cost almost nothing in speed and start in a fraction of a second. They cannot run a different kernel: a Linux container needs a Linux host, such as a container host or a KVM host.</source>
        <translation>宿主机操作系统上运行一个容器引擎（Docker）。容器共享宿主机的内核，不启动自己的内核，所以几乎没有速度损失，启动只需几分之一秒。它们不能运行不同的内核：Linux 容器需要一台 Linux 主机，例如容器主机或 KVM 主机。</translation>
    </message>
    <message>
        <source>Full virtualization runs the guest OS unmodified. Without help from the CPU, the VMM does it by binary translation: it scans the guest kernel&apos;s code and rewrites the privileged instructions into safe ones before they run. User programs run at full speed, but system calls, page faults and process creation pay for the translation.</source>
        <translation>全虚拟化让客户机操作系统无需修改即可运行。没有 CPU 帮助时，虚拟机监视器用二进制翻译来实现：在客户机内核代码运行之前扫描它，把特权指令改写成安全的指令。用户程序全速运行，但系统调用、缺页和进程创建要为翻译付出代价。</translation>
    </message>
    <message>
        <source>The guest kernel is modified to know it is virtualized: instead of privileged instructions it makes hypercalls to the hypervisor, and it batches its page-table updates. Xen was built this way; its authors even ported Windows XP, but that port was never released, so on Xen Windows runs as a hardware-assisted (HVM) guest with paravirtual drivers. Hyper-V&apos;s Windows guests are enlightened: they make hypercalls too. Page-table-heavy work is where paravirtualization now loses to EPT/NPT, because every update is a hypercall.</source>
        <translation>客户机内核经过修改，知道自己运行在虚拟机中：它不执行特权指令，而是向 Hypervisor 发出超级调用，并把页表更新成批提交。Xen 就是这样设计的；它的作者甚至移植过 Windows XP，但这个移植从未发布，所以在 Xen 上 Windows 以硬件辅助虚拟化（HVM）客户机运行，并使用半虚拟化驱动。Hyper-V 上的 Windows 客户机是“开明”（enlightened）客户机，同样会发出超级调用。在页表密集的工作上，半虚拟化如今不如 EPT/NPT，因为每次页表更新都是一次超级调用。</translation>
    </message>
    <message>
        <source>Full virtualization with hardware assistance: the guest runs unmodified, as under binary translation, but the CPU itself (Intel VT-x, AMD-V) gives it its own mode. Guest code runs directly, and the CPU exits to the hypervisor only on sensitive events, so no code is translated. This is how KVM runs every guest. With EPT/NPT for memory it is the fastest general technique; without, page-table work is slow.</source>
        <translation>借助硬件辅助的全虚拟化：客户机和二进制翻译时一样无需修改，但由 CPU 本身（Intel VT-x、AMD-V）为它提供专门的运行模式。客户机代码直接运行，只有遇到敏感事件时 CPU 才退出到 Hypervisor，因此不需要翻译任何代码。KVM 就是这样运行每一台客户机的。配合 EPT/NPT 管理内存时，它是最快的通用技术；没有 EPT/NPT 时，页表操作很慢。</translation>
    </message>
    <message>
        <source>A guest has its own page tables, but the real MMU needs addresses of real memory. Without hardware help the hypervisor keeps shadow page tables and must trap every guest page-table change. EPT (Intel) and NPT (AMD) let the CPU walk both levels itself, which makes page faults and process creation several times faster. The price is paid on a TLB miss: the walk is two-dimensional, up to 24 memory reads instead of 4, which is why large pages, with fewer levels to walk, help EPT guests.</source>
        <translation>客户机有自己的页表，但真实的 MMU 需要真实内存的地址。没有硬件帮助时，Hypervisor 要维护影子页表，并捕获客户机的每一次页表修改。EPT（Intel）和 NPT（AMD）让 CPU 自己遍历两级页表，使缺页处理和进程创建快好几倍。代价出现在 TLB 未命中时：这时的页表遍历是二维的，最多要读 24 次内存而不是 4 次，所以需要遍历的级数更少的大页对 EPT 客户机有帮助。</translation>
    </message>
    <message>
        <source>VMs that run the same OS hold many identical memory pages. The hypervisor can find them, keep one read-only copy and free the others (VMware&apos;s transparent page sharing, KVM&apos;s KSM), which lets the host run more VMs than its memory would otherwise allow. It is off by default today: VMware stopped sharing pages between VMs in 2014 for security reasons, and KSM runs only once an administrator switches it on. In VirtLab too it is a host setting that starts off.</source>
        <translation>运行相同操作系统的虚拟机持有许多完全相同的内存页。Hypervisor 可以找出它们，只保留一份只读副本并释放其余的（VMware 的透明页面共享、KVM 的 KSM），从而让主机运行比内存本来所能容纳的更多的虚拟机。如今它默认是关闭的：出于安全原因，VMware 自 2014 年起不再在虚拟机之间共享页面，而 KSM 只有管理员打开后才会运行。在 VirtLab 中它同样是一项默认关闭的主机设置。</translation>
    </message>
    <message>
        <source>Live migration of a 4 GB VM over 1 Gb/s (s)</source>
        <translation>4 GB 虚拟机经 1 Gb/s 网络热迁移的时间（秒）</translation>
    </message>
    <message>
        <source>Its pause at switch-over (s)</source>
        <translation>切换时的停机时间（秒）</translation>
    </message>
    <message>
        <source>Pre-copy rounds</source>
        <translation>预拷贝轮数</translation>
    </message>
    <message>
        <source>EPT/NPT versus shadow page tables</source>
        <translation>EPT/NPT 与影子页表</translation>
    </message>
    <message>
        <source>Container inside a VM</source>
        <translation>虚拟机里的容器</translation>
    </message>
    <message>
        <source>Virtual switch (network virtualization)</source>
        <translation>虚拟交换机（网络虚拟化）</translation>
    </message>
    <message>
        <source>Datastore (storage virtualization)</source>
        <translation>数据存储（存储虚拟化）</translation>
    </message>
    <message>
        <source>Emulated devices</source>
        <translation>模拟设备</translation>
    </message>
    <message>
        <source>Paravirtual devices (virtio)</source>
        <translation>半虚拟化设备（virtio）</translation>
    </message>
    <message>
        <source>Device passthrough</source>
        <translation>设备直通</translation>
    </message>
    <message>
        <source>NAT networking</source>
        <translation>NAT 网络</translation>
    </message>
    <message>
        <source>Bridged networking</source>
        <translation>桥接网络</translation>
    </message>
    <message>
        <source>Host-only networking</source>
        <translation>仅主机网络</translation>
    </message>
    <message>
        <source>Host networking (containers)</source>
        <translation>主机网络（容器）</translation>
    </message>
    <message>
        <source>CPU overcommit and ready time</source>
        <translation>CPU 超额分配与就绪时间</translation>
    </message>
    <message>
        <source>Page sharing</source>
        <translation>页面共享</translation>
    </message>
    <message>
        <source>Ballooning</source>
        <translation>内存气球</translation>
    </message>
    <message>
        <source>Hypervisor swapping</source>
        <translation>Hypervisor 交换</translation>
    </message>
    <message>
        <source>Inside: one privileged instruction</source>
        <translation>深入内部：一条特权指令</translation>
    </message>
    <message>
        <source>Inside: one memory access</source>
        <translation>深入内部：一次内存访问</translation>
    </message>
    <message>
        <source>Inside: one I/O request</source>
        <translation>深入内部：一次 I/O 请求</translation>
    </message>
    <message>
        <source>Live migration</source>
        <translation>热迁移</translation>
    </message>
    <message>
        <source>Cloud computing and virtualization</source>
        <translation>云计算与虚拟化</translation>
    </message>
    <message>
        <source>The real machine: CPU cores, memory, disks and network cards. Every layer above it shares these, so whatever a layer spends is missing for the guests. Whether the CPU has VT-x/AMD-V and EPT/NPT decides which stacks and techniques are possible on it; an old laptop without them cannot run KVM.</source>
        <translation>真实的机器：CPU 核心、内存、磁盘和网卡。上面的每一层都共享这些资源，任何一层消耗的资源，客户机就少用一份。CPU 是否支持 VT-x/AMD-V 和 EPT/NPT，决定了它能采用哪些架构和虚拟化技术；不支持这些扩展的旧笔记本电脑无法运行 KVM。</translation>
    </message>
    <message>
        <source>An ordinary operating system (Linux or Windows) that owns the hardware and its drivers. In a hosted stack every guest disk or network request ends up as a request to this OS, which is why hosted I/O is slow. Under KVM the host kernel itself schedules the VMs, and under Docker it runs the containers&apos; processes directly.</source>
        <translation>普通的操作系统（Linux 或 Windows），掌管硬件及其驱动。在寄居架构中，客户机的每个磁盘或网络请求最终都变成对这个操作系统的请求，所以寄居虚拟化的 I/O 较慢。在 KVM 下，宿主机内核亲自调度虚拟机；在 Docker 下，它直接运行容器中的进程。</translation>
    </message>
    <message>
        <source>Xen&apos;s Dom0 (Hyper-V&apos;s root partition) is a privileged VM that owns the real device drivers and runs the management tools. The other guests (DomU) send their I/O through split drivers to backends in Dom0. So Dom0 uses CPU and memory of its own, and a busy Dom0 slows every guest&apos;s I/O.</source>
        <translation>Xen 的 Dom0（Hyper-V 中称为根分区）是一台特权虚拟机，掌管真实的设备驱动并运行管理工具。其他客户机（DomU）通过分离驱动把 I/O 发送到 Dom0 中的后端。因此 Dom0 自身要占用 CPU 和内存，Dom0 繁忙时所有客户机的 I/O 都会变慢。</translation>
    </message>
    <message>
        <source>The Docker daemon (dockerd) builds and runs containers on request: it pulls images, sets up namespaces, cgroups and the network, then starts the container&apos;s process on the host kernel. It is a small service, not a hypervisor: once a container runs, its code talks to the kernel directly.</source>
        <translation>Docker 守护进程（dockerd）按请求构建和运行容器：它拉取镜像，设置命名空间、cgroups 和网络，然后在宿主机内核上启动容器的进程。它只是一个小型服务，而不是 Hypervisor：容器运行起来后，其代码直接与内核交互。</translation>
    </message>
    <message>
        <source>The docker command-line client does no work itself: it sends each command (run, pull, stop) to the daemon over its API. That is why the client can even be on another machine than the containers it controls.</source>
        <translation>docker 命令行客户端自己不做实际工作：它通过 API 把每条命令（run、pull、stop）发送给守护进程。因此，客户端甚至可以和它所控制的容器位于不同的机器上。</translation>
    </message>
    <message>
        <source>A registry (such as Docker Hub) stores images. A host downloads an image once and keeps it; the next container from the same image starts without a download. Images are shared in layers, so two images built on the same base download the base only once.</source>
        <translation>仓库（例如 Docker Hub）用于存放镜像。主机只需下载一次镜像并保存下来；之后用同一镜像创建容器时无需再次下载。镜像按层共享，所以基于同一基础镜像构建的两个镜像，基础层只下载一次。</translation>
    </message>
    <message>
        <source>An image is a read-only package of an application with everything it needs: its files, libraries and settings, but no kernel. Every container made from it gets a thin writable layer on top, so a hundred containers share one copy of the image on disk.</source>
        <translation>镜像是一个只读的软件包，包含应用程序运行所需的一切：文件、库和设置，但不包含内核。由它创建的每个容器只在上面增加一个很薄的可写层，所以一百个容器在磁盘上共享同一份镜像。</translation>
    </message>
    <message>
        <source>A container can run inside a Linux VM: the VM has its own kernel and its own Docker engine, and the container shares that kernel, not the host&apos;s. This is how clouds run containers: the hypervisor keeps tenants apart, and containers pack the applications inside each VM. The costs add up: the container&apos;s work pays the VM&apos;s overheads on top of its own, and it can use only the VM&apos;s vCPUs and memory. When the VM stops, is moved or is snapshotted, its containers go with it.</source>
        <translation>容器可以运行在 Linux 虚拟机里：虚拟机有自己的内核和自己的 Docker 引擎，容器共享的是虚拟机的内核，而不是宿主机的内核。云平台就是这样运行容器的：Hypervisor 把租户彼此隔开，容器在每台虚拟机里打包应用。开销会叠加：容器的工作在自身开销之上还要承担虚拟机的开销，而且只能使用虚拟机的 vCPU 和内存。虚拟机停止、迁移或拍快照时，它里面的容器也随之一起。</translation>
    </message>
    <message>
        <source>Each host runs a switch in software, and each guest&apos;s virtual NIC is a port on it. Bridged joins the switch to the physical NIC: the guest is on the LAN with an address of its own. NAT sends the guest&apos;s packets out under the host&apos;s address: the guest reaches out, but the LAN cannot reach in. Host-only never touches the physical NIC: the guests talk to each other and to the host, nothing else. An SR-IOV virtual function or a container on the host&apos;s network bypasses the switch. The layer graph draws each kind with its own line.</source>
        <translation>每台主机都用软件运行一个交换机，每个客户机的虚拟网卡就是它上面的一个端口。桥接把交换机接到物理网卡上：客户机位于局域网中，拥有自己的地址。NAT 让客户机的数据包以主机的地址发出：客户机能访问外部，局域网却访问不到它。仅主机模式从不经过物理网卡：客户机只能彼此通信或与主机通信。SR-IOV 虚拟功能或使用主机网络的容器会绕过虚拟交换机。层次图用不同的线条画出每一种网络模式。</translation>
    </message>
    <message>
        <source>A virtual disk is a file on the host&apos;s datastore (a local disk, or a SAN or NFS share several hosts use). A thick (preallocated) disk takes its full size at once; a thin one grows as the guest writes, so a datastore can promise more than it has, as memory can be overcommitted, and runs out when the guests fill their disks. Snapshots add delta files. Live migration between hosts that share a datastore moves only memory: the disk stays where it is.</source>
        <translation>虚拟磁盘是主机数据存储上的一个文件（本地磁盘，或多台主机共用的 SAN、NFS 共享存储）。厚置备（预先分配）磁盘一开始就占满全部大小；精简置备磁盘随客户机写入而增长，因此数据存储承诺的空间可以超过实际容量，就像内存可以超额分配一样；当客户机把磁盘写满时，数据存储就会耗尽。快照会增加差异文件。在共享同一数据存储的主机之间做实时迁移，只需迁移内存：磁盘留在原处。</translation>
    </message>
    <message>
        <source>The program the guest runs, described as a mix of work: plain computing, system calls, page-table work, memory traffic, disk and network. Each kind of work pays a different price on each stack, so the same stack can be nearly free for one application and expensive for another. Try the Compare Stacks view.</source>
        <translation>客户机运行的程序，用几类工作的组合来描述：纯计算、系统调用、页表操作、内存访问、磁盘和网络。每类工作在不同架构上付出的代价不同，所以同一种架构对一个应用几乎没有开销，对另一个应用却可能代价高昂。试试“比较架构”视图。</translation>
    </message>
    <message>
        <source>The operating system runs directly on the hardware with no virtualization at all. VirtLab uses it as the baseline: every speed is shown relative to native = 1.0×. Only one OS can run at a time, which is the problem virtualization solves.</source>
        <translation>操作系统直接运行在硬件上，完全没有虚拟化。VirtLab 以它为基准：所有速度都以原生 = 1.0× 为参照。同一时间只能运行一个操作系统，这正是虚拟化要解决的问题。</translation>
    </message>
    <message>
        <source>A virtualization application (VMware Workstation, VirtualBox) runs on top of a normal host OS. It is simple to install and uses the host&apos;s drivers, but there are two operating systems, and each guest I/O goes through the VMM and then the host OS. Compute-bound guests lose little; OS-heavy and I/O-heavy guests lose the most.</source>
        <translation>虚拟化应用程序（VMware Workstation、VirtualBox）运行在普通的宿主机操作系统之上。它安装简单，使用宿主机的驱动，但有两层操作系统，客户机的每次 I/O 都要先经过虚拟机监视器，再经过宿主机操作系统。计算密集型客户机损失很小；操作系统密集型和 I/O 密集型客户机损失最大。</translation>
    </message>
    <message>
        <source>The VM sees a well-known real device (an IDE disk, an e1000 network card) that the VMM imitates in software. Every register access of the driver is trapped and emulated, so each I/O costs many exits. It works with any guest OS, but it is the slowest path and burns the most host CPU.</source>
        <translation>虚拟机看到的是一个常见的真实设备（IDE 磁盘、e1000 网卡），由虚拟机监视器用软件模拟。驱动程序的每次寄存器访问都会被捕获并模拟，所以每次 I/O 都要经历多次退出。它适用于任何客户机操作系统，但这是最慢的路径，也最耗宿主机 CPU。</translation>
    </message>
    <message>
        <source>The guest uses drivers written for virtual machines (virtio, VMware&apos;s vmxnet/pvscsi, Xen split drivers). They pass whole batches of requests through shared memory rings instead of imitating hardware registers. Bulk transfers reach nearly native speed; small random requests still pay for each trip through the I/O layer.</source>
        <translation>客户机使用专为虚拟机编写的驱动（virtio、VMware 的 vmxnet/pvscsi、Xen 的分离驱动）。它们通过共享内存环成批传递请求，而不是模拟硬件寄存器。大块传输接近原生速度；小的随机请求每次穿过 I/O 层仍要付出代价。</translation>
    </message>
    <message>
        <source>A real device (or an SR-IOV slice of one) is given to the VM, and the IOMMU (VT-d) keeps its memory accesses inside that VM. The guest&apos;s driver talks to the hardware directly, so I/O runs at almost native speed. The device then belongs to that one VM, and it ties the VM to this host.</source>
        <translation>把一个真实设备（或其中一个 SR-IOV 切片）交给虚拟机，由 IOMMU（VT-d）把设备的内存访问限制在这台虚拟机内。客户机的驱动直接与硬件通信，所以 I/O 几乎以原生速度运行。这个设备从此归这一台虚拟机独占，虚拟机也因此被绑定在这台主机上。</translation>
    </message>
    <message>
        <source>Guests share the host&apos;s address: the virtualization layer rewrites the addresses of every packet, like a home router. Guests can reach out, but outside machines cannot reach the guests without port forwarding. The rewriting costs a little on every packet; for Docker it doubles request latency.</source>
        <translation>客户机共用主机的地址：虚拟化层像家用路由器一样改写每个数据包的地址。客户机可以访问外部，但没有端口转发时，外部机器无法访问客户机。每个数据包的改写都有少量开销；对 Docker 来说，请求延迟会翻倍。</translation>
    </message>
    <message>
        <source>The guest&apos;s virtual card is connected to the physical network through a virtual switch, and the guest gets its own address there, like another PC on the same cable. Nothing is rewritten, so it is faster than NAT and other machines can reach the guest.</source>
        <translation>客户机的虚拟网卡通过虚拟交换机连接到物理网络，并在那里获得自己的地址，就像同一根网线上的另一台电脑。不需要改写地址，所以比 NAT 更快，其他机器也能访问这台客户机。</translation>
    </message>
    <message>
        <source>Guests and the host share a private virtual network that does not reach the outside. It is used to build isolated test networks: guests can talk to each other and to the host, and nothing else.</source>
        <translation>客户机和主机共用一个不连通外部的私有虚拟网络。它用于搭建隔离的测试网络：客户机之间以及客户机与主机之间可以通信，除此之外都不行。</translation>
    </message>
    <message>
        <source>The container uses the host&apos;s own network stack, with no separate address and no address translation. Its network speed and latency are those of the host, at the cost of isolation: its ports are the host&apos;s ports.</source>
        <translation>容器直接使用主机自己的网络协议栈，没有独立的地址，也没有地址转换。它的网络速度和延迟与主机相同，代价是隔离性：容器的端口就是主机的端口。</translation>
    </message>
    <message>
        <source>A host can give its guests more vCPUs in total than it has cores. While they are not all busy this costs nothing; when they are, a vCPU that is ready to run must wait for a core. That waiting is ready time (steal time inside the guest), and it slows every guest on the host.</source>
        <translation>主机分配给客户机的 vCPU 总数可以超过它的核心数。只要它们不同时繁忙，这样做没有代价；一旦同时繁忙，准备运行的 vCPU 就必须等待空闲核心。这段等待就是就绪时间（在客户机内部表现为窃取时间），它会拖慢主机上的所有客户机。</translation>
    </message>
    <message>
        <source>When the host runs short of memory, a balloon driver inside each guest asks the guest OS for memory and hands it back to the hypervisor. The guest gives up pages it was not using, so this costs little as long as the guests have idle memory.</source>
        <translation>当主机内存不足时，每个客户机中的气球驱动向客户机操作系统申请内存，再把它交还给 Hypervisor。客户机交出的是它没在使用的页，所以只要客户机还有空闲内存，这样做的代价就很小。</translation>
    </message>
    <message>
        <source>If sharing and ballooning do not free enough memory, the hypervisor writes guest pages to disk. A page that the guest then touches must be read back from disk, thousands of times slower than memory, so even a little swapping slows guests badly.</source>
        <translation>如果页面共享和内存气球仍释放不出足够的内存，Hypervisor 就把客户机的内存页写到磁盘上。客户机之后再访问这些页时，必须从磁盘读回，比内存慢几千倍，所以哪怕只有少量交换也会严重拖慢客户机。</translation>
    </message>
    <message>
        <source>A guest kernel&apos;s privileged instruction is caught in one of three ways: the monitor rewrote it beforehand (binary translation), the modified kernel calls the hypervisor itself (hypercall), or the CPU leaves non-root mode (VT-x VM exit). Plain x86 could not simply trap and emulate, because some sensitive instructions do not trap in user mode. Step through a system call, a page-table update or CPUID on a guest to see who handles it and what it costs.</source>
        <translation>客户机内核的特权指令有三种被截获的方式：虚拟机监视器事先改写了它（二进制翻译），修改过的内核自己调用 Hypervisor（超级调用），或者 CPU 离开非根模式（VT-x 的 VM 退出）。早期的 x86 无法简单地“陷入并模拟”，因为有些敏感指令在用户态执行时不会陷入。在一个客户机上逐步查看系统调用、页表更新或 CPUID，看看由谁处理、代价多大。</translation>
    </message>
    <message>
        <source>A guest&apos;s address is translated twice: guest-virtual to guest-physical by the guest&apos;s page table, then to host-physical by the hypervisor. Shadow page tables make the CPU&apos;s walk short but trap every guest page-table write; EPT/NPT walks both tables in hardware, up to 24 memory references, and needs no trap. Xen PV guests update their page tables with hypercalls instead. Step through a page fault to see the cost the engine uses for MMU-heavy work.</source>
        <translation>客户机的地址要经过两次转换：先由客户机页表从客户机虚拟地址转换为客户机物理地址，再由 Hypervisor 转换为主机物理地址。影子页表让 CPU 的页表遍历很短，但客户机每次写页表都要陷入；EPT/NPT 由硬件遍历两张表，最多需要 24 次内存访问，但无需陷入。Xen PV 客户机则用超级调用更新页表。逐步查看一次缺页，就能看到仿真引擎为 MMU 密集型工作使用的开销。</translation>
    </message>
    <message>
        <source>A disk write or a network packet from a guest travels through every layer that virtualizes the device: an emulated device traps on each register access, virtio batches requests in a shared ring, Xen&apos;s front-end hands them to Dom0&apos;s back-end, and passthrough lets the device reach guest memory through the IOMMU. A container&apos;s request is just a system call into the host kernel. Step through one to count its exits, switches and copies.</source>
        <translation>客户机的一次磁盘写入或一个数据包要穿过虚拟化该设备的每一层：模拟设备在每次寄存器访问时陷入，virtio 把请求成批放进共享环形缓冲区，Xen 的前端驱动把请求交给 Dom0 中的后端驱动，设备直通则让设备通过 IOMMU 直接访问客户机内存。容器的请求只是一次进入宿主机内核的系统调用。逐步查看一次，数一数其中的退出、切换和复制次数。</translation>
    </message>
    <message>
        <source>A running VM moves to another host while it keeps working. Its memory is copied in rounds: first all of it, then again the pages the VM changed meanwhile, each round smaller than the last. When little is left, the VM pauses for a moment, the rest is sent, and it resumes on the new host. A VM that writes memory fast needs more rounds and pauses longer. Without shared storage its disk must be copied too, and a VM cannot move live between an Intel and an AMD CPU.</source>
        <translation>运行中的虚拟机在继续工作的同时迁到另一台主机。它的内存分轮复制：先复制全部内存，再复制这期间被改写的页面，每轮都比上一轮少。剩下的很少时，虚拟机暂停片刻，把余下的部分发过去，然后在新主机上继续运行。写内存越快的虚拟机需要的轮数越多，停机时间也越长。没有共享存储时还必须复制它的磁盘；虚拟机也不能在 Intel 和 AMD 的 CPU 之间热迁移。</translation>
    </message>
    <message>
        <source>Virtualization is a technique: it splits one machine into many isolated ones, or makes many look like one. Cloud computing is a way of delivering computing as a service: on demand, self-service, over the network, from a shared pool, elastic and measured by use. Most clouds are built on virtualization (VMs and containers are what a cloud hands out), but virtualization alone is not a cloud: a lab PC running VMware Workstation is virtualized, not a cloud. Clouds offer infrastructure (IaaS: VMs), platforms (PaaS) or software (SaaS).</source>
        <translation>虚拟化是一种技术：把一台机器分成多台相互隔离的机器，或者让多台机器看起来像一台。云计算是一种把计算作为服务来提供的方式：按需、自助、通过网络、来自共享的资源池、可弹性伸缩、按使用量计量。大多数云建立在虚拟化之上（云分发给用户的正是虚拟机和容器），但仅有虚拟化并不构成云：一台运行 VMware Workstation 的实验机是虚拟化了，却不是云。云可以提供基础设施（IaaS：虚拟机）、平台（PaaS）或软件（SaaS）。</translation>
    </message>
    <message>
        <source>Speed of plain computation</source>
        <translation>纯计算速度</translation>
    </message>
    <message>
        <source>Speed of OS-heavy work (system calls, processes)</source>
        <translation>操作系统密集型工作的速度（系统调用、进程）</translation>
    </message>
    <message>
        <source>Speed of page-table work</source>
        <translation>页表操作速度</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>内存带宽</translation>
    </message>
    <message>
        <source>Sequential disk throughput</source>
        <translation>磁盘顺序吞吐量</translation>
    </message>
    <message>
        <source>Random disk IOPS</source>
        <translation>磁盘随机 IOPS</translation>
    </message>
    <message>
        <source>Network throughput</source>
        <translation>网络吞吐量</translation>
    </message>
    <message>
        <source>Network request rate (1 / latency)</source>
        <translation>网络请求速率（1 / 延迟）</translation>
    </message>
    <message>
        <source>Memory used by the layer (MB)</source>
        <translation>该层占用的内存（MB）</translation>
    </message>
    <message>
        <source>CPU used with no guests (cores)</source>
        <translation>无客户机时的 CPU 占用（核）</translation>
    </message>
    <message>
        <source>Memory per VM (MB)</source>
        <translation>每台虚拟机的内存（MB）</translation>
    </message>
    <message>
        <source>CPU to move 1 Gb/s of network traffic (cores)</source>
        <translation>传输 1 Gb/s 网络流量所需的 CPU（核）</translation>
    </message>
    <message>
        <source>CPU per 10,000 disk IOPS (cores)</source>
        <translation>每 10,000 磁盘 IOPS 所需的 CPU（核）</translation>
    </message>
    <message>
        <source>Boot time (s)</source>
        <translation>启动时间（秒）</translation>
    </message>
    <message>
        <source>Start-up time (s)</source>
        <translation>启动时间（秒）</translation>
    </message>
    <message>
        <source>Image size (MB)</source>
        <translation>镜像大小（MB）</translation>
    </message>
    <message>
        <source>Memory reclaimed from identical VMs (fraction)</source>
        <translation>从相同虚拟机回收的内存（比例）</translation>
    </message>
    <message>
        <source>Slowdown factor per swapped working set</source>
        <translation>每换出一个工作集的减速倍数</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 cores, %4 GB memory</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 核，%4 GB 内存</translation>
    </message>
    <message>
        <source>virtual machine</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>container</source>
        <translation>容器</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search hosts and guests</source>
        <translation>搜索主机和客户机</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>主页</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>模板面板</translation>
    </message>
    <message>
        <source>Layer Graph</source>
        <translation>层次图</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Discarded an unreadable autosave: %1</source>
        <translation>已丢弃无法读取的自动保存文件：%1</translation>
    </message>
    <message>
        <source>Untitled lab</source>
        <translation>未命名实验</translation>
    </message>
    <message>
        <source>Recovered unsaved work on %1</source>
        <translation>已恢复 %1 中未保存的工作</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>VirtLab did not close normally. Unsaved work on “%1” from %2 can be recovered.</source>
        <translation>VirtLab 上次没有正常关闭。可以恢复“%1”在 %2 时未保存的工作。</translation>
    </message>
    <message>
        <source>Recover it now? If you discard it, it is gone for good.</source>
        <translation>现在恢复吗？如果丢弃，它将永久消失。</translation>
    </message>
    <message>
        <source>%1 (%2)[*] — VirtLab</source>
        <translation>%1（%2）[*] — VirtLab</translation>
    </message>
    <message>
        <source>%1[*] — VirtLab</source>
        <translation>%1[*] — VirtLab</translation>
    </message>
    <message>
        <source>Select a host in the library first, or drag the template onto one.</source>
        <translation>请先在库中选择一台主机，或把模板拖到主机上。</translation>
    </message>
    <message>
        <source>Cannot open lab</source>
        <translation>无法打开实验</translation>
    </message>
    <message>
        <source>VirtLab could not open this lab file.</source>
        <translation>VirtLab 无法打开此实验文件。</translation>
    </message>
    <message>
        <source>File: %1
Problem: %2</source>
        <translation>文件：%1
问题：%2</translation>
    </message>
    <message>
        <source>(the whole file)</source>
        <translation>（整个文件）</translation>
    </message>
    <message>
        <source>File: %1
Field: %2
Problem: %3</source>
        <translation>文件：%1
字段：%2
问题：%3</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>实验</translation>
    </message>
</context>
<context>
    <name>MemoryReclaimBox</name>
    <message>
        <source>Memory reclaim</source>
        <translation>内存回收</translation>
    </message>
    <message>
        <source>Page sharing saves</source>
        <translation>页面共享节省</translation>
    </message>
    <message>
        <source>Balloon reclaims</source>
        <translation>内存气球回收</translation>
    </message>
    <message>
        <source>Swapped to disk</source>
        <translation>交换到磁盘</translation>
    </message>
    <message>
        <source>Identical pages kept once for several guests (TPS / KSM)</source>
        <translation>多台客户机中内容相同的页面只保留一份（TPS / KSM）</translation>
    </message>
    <message>
        <source>Memory the balloon driver inside the guests gave back to the host</source>
        <translation>客户机内的气球驱动归还给主机的内存</translation>
    </message>
    <message>
        <source>Guest memory the host moved to disk: every access to it is slow</source>
        <translation>主机换出到磁盘的客户机内存：每次访问都很慢</translation>
    </message>
    <message>
        <source>saves memory</source>
        <translation>节省内存</translation>
    </message>
    <message>
        <source>takes memory from guests</source>
        <translation>从客户机收回内存</translation>
    </message>
    <message>
        <source>slows guests down</source>
        <translation>使客户机变慢</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <source>Native (no virtualization)</source>
        <translation>原生（无虚拟化）</translation>
    </message>
    <message>
        <source>Hosted (type 2)</source>
        <translation>寄居虚拟化（2 型）</translation>
    </message>
    <message>
        <source>Bare-metal (type 1)</source>
        <translation>裸金属虚拟化（1 型）</translation>
    </message>
    <message>
        <source>Hybrid (KVM)</source>
        <translation>混合虚拟化（KVM）</translation>
    </message>
    <message>
        <source>Container host</source>
        <translation>容器主机</translation>
    </message>
</context>
<context>
    <name>ModeText</name>
    <message>
        <source>Native: one operating system runs directly on the hardware and nothing is virtualized. This is the baseline every other mode is measured against.</source>
        <translation>原生：一个操作系统直接运行在硬件上，没有任何虚拟化。其他模式都以它为基准进行比较。</translation>
    </message>
    <message>
        <source>Hosted (type 2): a VMM application runs on the host OS like any other program. Every guest I/O goes through the host OS&apos;s drivers, which costs time.</source>
        <translation>寄居虚拟化（2 型）：虚拟机监视器作为普通应用程序运行在宿主机操作系统上。客户机的每次 I/O 都要经过宿主机操作系统的驱动，因而耗时较多。</translation>
    </message>
    <message>
        <source>Bare-metal (type 1): the hypervisor runs directly on the hardware, with no host OS under it. Xen and Hyper-V add a privileged management OS (Dom0, root partition) that owns the device drivers.</source>
        <translation>裸金属虚拟化（1 型）：Hypervisor 直接运行在硬件上，下面没有宿主机操作系统。Xen 和 Hyper-V 另有一个特权管理操作系统（Dom0、根分区），由它掌管设备驱动。</translation>
    </message>
    <message>
        <source>Hybrid: the KVM module turns the Linux kernel into a hypervisor, and one QEMU process per VM emulates its devices. Needs VT-x or AMD-V.</source>
        <translation>混合虚拟化：KVM 内核模块把 Linux 内核变成 Hypervisor，每台虚拟机由一个 QEMU 进程模拟其设备。需要 VT-x 或 AMD-V。</translation>
    </message>
    <message>
        <source>Container host: a container engine runs on the host OS. Containers share the host&apos;s kernel, so they start in well under a second but cannot run another OS.</source>
        <translation>容器主机：容器引擎运行在宿主机操作系统上。容器共享宿主机内核，因此不到一秒即可启动，但不能运行其他操作系统。</translation>
    </message>
</context>
<context>
    <name>MultiMenu</name>
    <message numerus="yes">
        <source>Power On %n Guest(s)</source>
        <translation>
            <numerusform>将 %n 个客户机开机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power Off %n Guest(s)</source>
        <translation>
            <numerusform>将 %n 个客户机关机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power on %n guest(s)</source>
        <translation>
            <numerusform>将 %n 个客户机开机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power off %n guest(s)</source>
        <translation>
            <numerusform>将 %n 个客户机关机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Object(s)</source>
        <translation>
            <numerusform>删除 %n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>删除 %n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Guest(s) To</source>
        <translation>
            <numerusform>将 %n 个客户机移到</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected guests can do this now.</source>
        <translation>所选客户机现在都不能执行此操作。</translation>
    </message>
</context>
<context>
    <name>NewHostDialog</name>
    <message>
        <source>%1 cores, %2 GB, %3</source>
        <translation>%1 核，%2 GB，%3</translation>
    </message>
    <message>
        <source>no virtualization extensions</source>
        <translation>无硬件虚拟化扩展</translation>
    </message>
    <message>
        <source>New Host</source>
        <translation>新建主机</translation>
    </message>
    <message>
        <source>&amp;Hardware:</source>
        <translation>硬件(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Virtualization:</source>
        <translation>虚拟化方式(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Give the host a name.</source>
        <translation>请为主机命名。</translation>
    </message>
</context>
<context>
    <name>NewVmWizard</name>
    <message>
        <source>New Virtual Machine</source>
        <translation>新建虚拟机</translation>
    </message>
    <message>
        <source>Host and operating system</source>
        <translation>主机和操作系统</translation>
    </message>
    <message>
        <source>Choose the host that will run the VM and the guest OS to install.</source>
        <translation>选择运行虚拟机的主机，以及要安装的客户机操作系统。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Guest OS:</source>
        <translation>客户机操作系统(&amp;G)：</translation>
    </message>
    <message>
        <source>Virtual hardware</source>
        <translation>虚拟硬件</translation>
    </message>
    <message>
        <source>The defaults suit the host; change them to see what core allows.</source>
        <translation>默认值适合这台主机；修改它们，看看仿真引擎允许哪些配置。</translation>
    </message>
    <message>
        <source>Thin: the file grows as the guest writes</source>
        <translation>精简置备：文件随客户机写入而增长</translation>
    </message>
    <message>
        <source>Thick: the whole size is taken at once</source>
        <translation>厚置备：一次性占用全部大小</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Processors (vCPUs):</source>
        <translation>处理器（vCPU）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Disk size:</source>
        <translation>磁盘大小(&amp;D)：</translation>
    </message>
    <message>
        <source>Disk &amp;provisioning:</source>
        <translation>磁盘置备方式(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Technique:</source>
        <translation>虚拟化技术(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;I/O path:</source>
        <translation>I/O 路径(&amp;I)：</translation>
    </message>
    <message>
        <source>N&amp;etwork:</source>
        <translation>网络(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Workload:</source>
        <translation>工作负载(&amp;W)：</translation>
    </message>
    <message>
        <source>Ready to create</source>
        <translation>准备创建</translation>
    </message>
    <message>
        <source>Press Finish to create the VM.</source>
        <translation>点击“完成”创建虚拟机。</translation>
    </message>
    <message>
        <source>&amp;Power on this virtual machine after creation</source>
        <translation>创建后开启此虚拟机(&amp;P)</translation>
    </message>
    <message>
        <source>Add a host first: a VM needs a host to run on.</source>
        <translation>请先添加主机：虚拟机需要运行在主机上。</translation>
    </message>
    <message>
        <source>Give the virtual machine a name.</source>
        <translation>请为虚拟机命名。</translation>
    </message>
    <message>
        <source>Disk: %1 GB, thin (grows as the guest writes)</source>
        <translation>磁盘：%1 GB，精简置备（随客户机写入而增长）</translation>
    </message>
    <message>
        <source>Disk: %1 GB, thick (all of it taken at once)</source>
        <translation>磁盘：%1 GB，厚置备（一次性全部占用）</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1：关闭</translation>
    </message>
    <message>
        <source>%1: on, but this host&apos;s CPU does not have it</source>
        <translation>%1：已开启，但此主机的 CPU 不支持</translation>
    </message>
    <message>
        <source>%1: used</source>
        <translation>%1：已使用</translation>
    </message>
    <message>
        <source>%1: on, used only with hardware assist</source>
        <translation>%1：已开启，仅在硬件辅助虚拟化时使用</translation>
    </message>
    <message>
        <source>%1, SR-IOV virtual function of the host&apos;s NIC</source>
        <translation>%1，使用主机网卡的 SR-IOV 虚拟功能</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>主机：%1</translation>
    </message>
    <message>
        <source>Guest OS: %1</source>
        <translation>客户机操作系统：%1</translation>
    </message>
    <message>
        <source>Processors: %1 vCPUs</source>
        <translation>处理器：%1 个 vCPU</translation>
    </message>
    <message>
        <source>Memory: %1 MB</source>
        <translation>内存：%1 MB</translation>
    </message>
    <message>
        <source>I/O path: %1</source>
        <translation>I/O 路径：%1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>网络：%1</translation>
    </message>
    <message>
        <source>Workload: %1</source>
        <translation>工作负载：%1</translation>
    </message>
    <message>
        <source>Technique: %1</source>
        <translation>虚拟化技术：%1</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Overview of the whole lab: click to move the view there</source>
        <translation>整个实验的概览：点击可将视图移到该处</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Virtual machines</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>%1 · %2 vCPU · %3 GB</source>
        <translation>%1 · %2 个 vCPU · %3 GB</translation>
    </message>
    <message>
        <source>Container images</source>
        <translation>容器镜像</translation>
    </message>
    <message>
        <source>image %1 · %2 MB</source>
        <translation>镜像 %1 · %2 MB</translation>
    </message>
    <message>
        <source>Drag onto a host to add it.</source>
        <translation>拖到主机上即可添加。</translation>
    </message>
</context>
<context>
    <name>PathColumn</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>建模假设</translation>
    </message>
    <message>
        <source>Cost: %1 %2 — %3</source>
        <translation>开销：%1 %2 — %3</translation>
    </message>
    <message>
        <source>Cost: counted in the neighbouring steps.</source>
        <translation>开销：已计入相邻的步骤。</translation>
    </message>
    <message>
        <source>So far: %1 of %2 %3</source>
        <translation>累计：%1 / %2 %3</translation>
    </message>
    <message>
        <source>Total: %1 %2</source>
        <translation>合计：%1 %2</translation>
    </message>
    <message>
        <source>The engine runs this work at %1× native on this stack (%2): %3 %4 instead of %5 natively. The %6 workload runs at %7×.</source>
        <translation>仿真引擎在这一架构上以原生 %1× 的速度运行这类工作（%2）：%3 %4，原生为 %5。“%6”负载的速度为 %7×。</translation>
    </message>
</context>
<context>
    <name>PathTexts</name>
    <message>
        <source>A VM exit takes the fault to the monitor: it walks the guest&apos;s own page table, finds the page unmapped there too, and reflects the fault to the guest.</source>
        <translation>一次 VM 退出把缺页交给虚拟机监视器：它遍历客户机自己的页表，发现该页在那里也没有映射，于是把缺页转交给客户机。</translation>
    </message>
    <message>
        <source>A container has no kernel of its own: the call goes to the host kernel like any process&apos;s; namespaces only filter what it sees.</source>
        <translation>容器没有自己的内核：调用像任何进程的调用一样进入宿主机内核；命名空间只过滤它能看到的内容。</translation>
    </message>
    <message>
        <source>A hypercall (mmu_update) hands the batch to the hypervisor, which checks each entry and writes the real page table.</source>
        <translation>一次超级调用（mmu_update）把这批更新交给 Hypervisor，由它检查每个表项并写入真正的页表。</translation>
    </message>
    <message>
        <source>A paravirtual kernel has no real device ports: its front-end driver sends the request with an event-channel hypercall.</source>
        <translation>半虚拟化内核没有真实的设备端口：它的前端驱动用事件通道超级调用发出请求。</translation>
    </message>
    <message>
        <source>A trap takes the fault to the monitor: it walks the guest&apos;s own page table, finds the page unmapped there too, and reflects the fault to the guest.</source>
        <translation>一次陷入把缺页交给虚拟机监视器：它遍历客户机自己的页表，发现该页在那里也没有映射，于是把缺页转交给客户机。</translation>
    </message>
    <message>
        <source>Back in the translated guest kernel.</source>
        <translation>回到经过翻译的客户机内核。</translation>
    </message>
    <message>
        <source>CPUID always causes a VM exit in non-root mode.</source>
        <translation>在非根模式下，CPUID 总会引起 VM 退出。</translation>
    </message>
    <message>
        <source>CPUID does not trap on x86, so the paravirtual kernel marks it with a prefix that does (a forced-emulation trap).</source>
        <translation>在 x86 上 CPUID 不会陷入，所以半虚拟化内核给它加上一个会陷入的前缀（强制模拟陷入）。</translation>
    </message>
    <message>
        <source>CPUID runs on the real CPU.</source>
        <translation>CPUID 在真实的 CPU 上执行。</translation>
    </message>
    <message>
        <source>Dom0&apos;s device model (qemu-dm) emulates the port.</source>
        <translation>Dom0 中的设备模型（qemu-dm）模拟该端口。</translation>
    </message>
    <message>
        <source>IN was translated into a call to the monitor&apos;s device model.</source>
        <translation>IN 指令被翻译成对虚拟机监视器设备模型的调用。</translation>
    </message>
    <message>
        <source>Host-only network: the virtual switch delivers the packet to the host&apos;s own virtual adapter, never to the physical NIC; the reply comes back the same way.</source>
        <translation>仅主机网络：虚拟交换机把数据包交给宿主机自己的虚拟网卡，而不送到物理网卡；应答沿原路返回。</translation>
    </message>
    <message>
        <source>In non-root mode the guest kernel is in ring 0: the system call enters it directly, with no VM exit.</source>
        <translation>在非根模式下客户机内核运行在 0 环：系统调用直接进入它，没有 VM 退出。</translation>
    </message>
    <message>
        <source>KVM cannot emulate this device: it returns from the vCPU thread&apos;s ioctl to QEMU.</source>
        <translation>KVM 无法模拟这个设备：它从 vCPU 线程的 ioctl 返回到 QEMU。</translation>
    </message>
    <message>
        <source>NAT: the virtual network&apos;s address translation rewrites the packet&apos;s source address and port.</source>
        <translation>NAT：虚拟网络的地址转换改写数据包的源地址和端口。</translation>
    </message>
    <message>
        <source>One notification exits; KVM kicks the vhost-net thread through an eventfd.</source>
        <translation>一次通知引起退出；KVM 通过 eventfd 唤醒 vhost-net 线程。</translation>
    </message>
    <message>
        <source>One notification exits; KVM signals QEMU through an eventfd.</source>
        <translation>一次通知引起退出；KVM 通过 eventfd 通知 QEMU。</translation>
    </message>
    <message>
        <source>QEMU&apos;s device model computes the register&apos;s value and re-enters KVM.</source>
        <translation>QEMU 的设备模型算出寄存器的值，再重新进入 KVM。</translation>
    </message>
    <message>
        <source>QEMU&apos;s virtio-blk back-end takes the request from the ring and submits it to the host kernel.</source>
        <translation>QEMU 的 virtio-blk 后端从环形缓冲区取出请求，提交给宿主机内核。</translation>
    </message>
    <message>
        <source>TLB miss: a two-dimensional walk through the guest&apos;s page table and the EPT finds no guest mapping.</source>
        <translation>TLB 未命中：对客户机页表和 EPT 的二维遍历找不到客户机的映射。</translation>
    </message>
    <message>
        <source>TLB miss: the CPU walks the guest&apos;s own page table, which the hypervisor validated, one reference per level.</source>
        <translation>TLB 未命中：CPU 遍历客户机自己的页表（已由 Hypervisor 验证），每级一次内存访问。</translation>
    </message>
    <message>
        <source>TLB miss: the CPU walks the guest&apos;s page table directly (the hypervisor validated it) and finds no mapping.</source>
        <translation>TLB 未命中：CPU 直接遍历客户机的页表（已由 Hypervisor 验证），找不到映射。</translation>
    </message>
    <message>
        <source>TLB miss: the CPU walks the guest&apos;s page table, and every guest-physical address on the way through the EPT: a two-dimensional walk.</source>
        <translation>TLB 未命中：CPU 遍历客户机页表，途中的每个客户机物理地址都要再经过 EPT 转换：这是二维页表遍历。</translation>
    </message>
    <message>
        <source>TLB miss: the CPU walks the page table and finds no mapping: page fault.</source>
        <translation>TLB 未命中：CPU 遍历页表，找不到映射：发生缺页。</translation>
    </message>
    <message>
        <source>TLB miss: the CPU walks the page table, one reference per level.</source>
        <translation>TLB 未命中：CPU 遍历页表，每级一次内存访问。</translation>
    </message>
    <message>
        <source>TLB miss: the CPU walks the shadow page table and finds no mapping (a hidden fault).</source>
        <translation>TLB 未命中：CPU 遍历影子页表，找不到映射（一次隐藏缺页）。</translation>
    </message>
    <message>
        <source>TLB miss: the CPU walks the shadow page table the hypervisor keeps, one reference per level.</source>
        <translation>TLB 未命中：CPU 遍历 Hypervisor 维护的影子页表，每级一次内存访问。</translation>
    </message>
    <message>
        <source>TLB miss: the CPU walks the shadow page table the monitor keeps, one reference per level.</source>
        <translation>TLB 未命中：CPU 遍历虚拟机监视器维护的影子页表，每级一次内存访问。</translation>
    </message>
    <message>
        <source>The I/O bitmap marks this port, so the access causes a VM exit: the CPU leaves non-root mode and enters the hypervisor in root mode.</source>
        <translation>I/O 位图标记了这个端口，所以这次访问引起 VM 退出：CPU 离开非根模式，进入根模式下的 Hypervisor。</translation>
    </message>
    <message>
        <source>The NIC sends the packet; the reply comes back over the wire and raises an interrupt.</source>
        <translation>网卡发出数据包；应答经网络返回并产生中断。</translation>
    </message>
    <message>
        <source>The SSD writes the block and raises a completion interrupt.</source>
        <translation>SSD 写入该数据块并产生完成中断。</translation>
    </message>
    <message>
        <source>The VMM reads the whole request with one notification instead of many register traps.</source>
        <translation>VMM 凭一次通知读取整个请求，而不是多次寄存器陷入。</translation>
    </message>
    <message>
        <source>The VMM&apos;s device model takes the access.</source>
        <translation>VMM 的设备模型接手这次访问。</translation>
    </message>
    <message>
        <source>The application continues.</source>
        <translation>应用程序继续运行。</translation>
    </message>
    <message>
        <source>The application makes a system call.</source>
        <translation>应用程序发起一次系统调用。</translation>
    </message>
    <message>
        <source>The application sends a small request and waits for the reply.</source>
        <translation>应用程序发出一个小请求并等待应答。</translation>
    </message>
    <message>
        <source>The application writes 4 KB and waits until it is on disk (write + fsync).</source>
        <translation>应用程序写入 4 KB，并等待数据落盘（write + fsync）。</translation>
    </message>
    <message>
        <source>The back-end (netback / blkback) in Dom0 maps the granted pages and passes the request to Dom0&apos;s real driver.</source>
        <translation>Dom0 中的后端驱动（netback / blkback）映射被授权的页面，把请求交给 Dom0 的真实驱动。</translation>
    </message>
    <message>
        <source>The back-end answers in the ring and sends an event back.</source>
        <translation>后端在环形缓冲区中写入应答，并发回一个事件。</translation>
    </message>
    <message>
        <source>The back-end driver in the privileged partition handles the request.</source>
        <translation>特权分区中的后端驱动处理该请求。</translation>
    </message>
    <message>
        <source>The client driver (VSC) signals the root partition over VMBus with one hypercall.</source>
        <translation>客户端驱动（VSC）通过 VMBus 用一次超级调用通知根分区。</translation>
    </message>
    <message>
        <source>The completion comes back: the monitor injects a virtual interrupt into the guest.</source>
        <translation>完成通知返回：虚拟机监视器向客户机注入一个虚拟中断。</translation>
    </message>
    <message>
        <source>The completion interrupt still passes through the hypervisor, which injects it into the guest.</source>
        <translation>完成中断仍要经过 Hypervisor，由它注入客户机。</translation>
    </message>
    <message>
        <source>The container&apos;s process is a host process: the host kernel takes its fault, and the cgroup counts the page against the container&apos;s limit.</source>
        <translation>容器的进程就是宿主机的进程：宿主机内核处理它的缺页，cgroups 把这一页计入容器的限额。</translation>
    </message>
    <message>
        <source>The device answers on its port.</source>
        <translation>设备在其端口上应答。</translation>
    </message>
    <message>
        <source>The device model decodes the command and copies the data out of guest memory.</source>
        <translation>设备模型解析命令，并把数据从客户机内存中复制出来。</translation>
    </message>
    <message>
        <source>The device reads the data from guest memory by DMA; the IOMMU translates the guest-physical addresses.</source>
        <translation>设备通过 DMA 从客户机内存读取数据；IOMMU 负责转换客户机物理地址。</translation>
    </message>
    <message>
        <source>The entry is written by a hypercall (mmu_update): the hypervisor checks the page belongs to this guest.</source>
        <translation>该表项通过超级调用（mmu_update）写入：Hypervisor 检查该页属于这个客户机。</translation>
    </message>
    <message>
        <source>The fault enters the hypervisor first, which bounces it to the guest kernel.</source>
        <translation>缺页先进入 Hypervisor，再由它转交给客户机内核。</translation>
    </message>
    <message>
        <source>The fault goes straight to the guest kernel in non-root mode; its handler allocates a page and writes the entry with no VM exit.</source>
        <translation>缺页在非根模式下直接交给客户机内核；其处理程序分配一页并写入表项，没有 VM 退出。</translation>
    </message>
    <message>
        <source>The front-end grants the back-end access to the data pages and notifies it with one event-channel hypercall.</source>
        <translation>前端驱动授权后端访问数据页，并用一次事件通道超级调用通知它。</translation>
    </message>
    <message>
        <source>The guest kernel executes CPUID.</source>
        <translation>客户机内核执行 CPUID。</translation>
    </message>
    <message>
        <source>The guest kernel handles the system call.</source>
        <translation>客户机内核处理该系统调用。</translation>
    </message>
    <message>
        <source>The guest kernel reads its local APIC timer.</source>
        <translation>客户机内核读取它的本地 APIC 定时器。</translation>
    </message>
    <message>
        <source>The guest kernel runs de-privileged, from the monitor&apos;s translation cache.</source>
        <translation>客户机内核以降低的特权级，从虚拟机监视器的翻译缓存中运行。</translation>
    </message>
    <message>
        <source>The guest kernel writes a page-table entry.</source>
        <translation>客户机内核写入一个页表项。</translation>
    </message>
    <message>
        <source>The guest kernel&apos;s page-fault handler allocates a page and queues the page-table entry.</source>
        <translation>客户机内核的缺页处理程序分配一页，并把页表项放入队列。</translation>
    </message>
    <message>
        <source>The guest kernel&apos;s page-fault handler allocates a page and writes the page-table entry.</source>
        <translation>客户机内核的缺页处理程序分配一页并写入页表项。</translation>
    </message>
    <message>
        <source>The guest owns its page table: the write needs no VM exit, because EPT translates guest-physical addresses in hardware.</source>
        <translation>客户机拥有自己的页表：写入无需 VM 退出，因为 EPT 由硬件转换客户机物理地址。</translation>
    </message>
    <message>
        <source>The guest&apos;s driver executes IN on a device port.</source>
        <translation>客户机的驱动对一个设备端口执行 IN 指令。</translation>
    </message>
    <message>
        <source>The guest&apos;s ordinary driver programs the emulated IDE disk controller: each of its several register accesses traps to the monitor.</source>
        <translation>客户机的普通驱动对模拟的 IDE 磁盘控制器编程：它的每一次寄存器访问都会陷入虚拟机监视器。</translation>
    </message>
    <message>
        <source>The guest&apos;s ordinary driver programs the emulated e1000 network card: each of its several register accesses traps to the monitor.</source>
        <translation>客户机的普通驱动对模拟的 e1000 网卡编程：它的每一次寄存器访问都会陷入虚拟机监视器。</translation>
    </message>
    <message>
        <source>The guest&apos;s own driver for the real device (or its SR-IOV virtual function) writes the descriptor and rings the device&apos;s doorbell directly: no exit.</source>
        <translation>客户机为真实设备（或其 SR-IOV 虚拟功能）安装的驱动直接写描述符并敲响设备的门铃：没有退出。</translation>
    </message>
    <message>
        <source>The guest&apos;s page table is write-protected (traced): the write traps and the monitor updates its shadow page table to match.</source>
        <translation>客户机的页表被写保护（被跟踪）：写入会陷入，虚拟机监视器随之更新影子页表。</translation>
    </message>
    <message>
        <source>The guest&apos;s page table is write-protected: the write causes a VM exit, and the monitor copies the new entry into its shadow table.</source>
        <translation>客户机的页表被写保护：写入引起 VM 退出，虚拟机监视器把新表项复制到影子页表中。</translation>
    </message>
    <message>
        <source>The guest&apos;s page table is write-protected: the write causes a trap, and the monitor copies the new entry into its shadow table.</source>
        <translation>客户机的页表被写保护：写入引起陷入，虚拟机监视器把新表项复制到影子页表中。</translation>
    </message>
    <message>
        <source>The host kernel&apos;s driver sends the write to the disk.</source>
        <translation>宿主机内核的驱动把写请求发给磁盘。</translation>
    </message>
    <message>
        <source>The hosted VMM&apos;s world switches through the host OS on faults add a little more.</source>
        <translation>寄居式 VMM 在缺页时经宿主机操作系统进行的世界切换又增加了一些开销。</translation>
    </message>
    <message>
        <source>The hypercall returns to the guest kernel.</source>
        <translation>超级调用返回客户机内核。</translation>
    </message>
    <message>
        <source>The hypervisor decodes the write and applies it to the guest&apos;s table and to its shadow table.</source>
        <translation>Hypervisor 解码这次写入，把它同时应用到客户机页表和影子页表。</translation>
    </message>
    <message>
        <source>The hypervisor emulates CPUID and hides the features a paravirtual guest must not use.</source>
        <translation>Hypervisor 模拟 CPUID，并隐藏半虚拟化客户机不能使用的特性。</translation>
    </message>
    <message>
        <source>The hypervisor fills in the virtual CPU&apos;s feature bits.</source>
        <translation>Hypervisor 填入虚拟 CPU 的特性位。</translation>
    </message>
    <message>
        <source>The hypervisor forwards the access to the privileged partition.</source>
        <translation>Hypervisor 把这次访问转发给特权分区。</translation>
    </message>
    <message>
        <source>The hypervisor set APIC accesses to exit, so this read causes a VM exit: the CPU leaves non-root mode and enters the hypervisor in root mode.</source>
        <translation>Hypervisor 把 APIC 访问设为退出，所以这次读取引起 VM 退出：CPU 离开非根模式，进入根模式下的 Hypervisor。</translation>
    </message>
    <message>
        <source>The hypervisor signals the back-end.</source>
        <translation>Hypervisor 通知后端驱动。</translation>
    </message>
    <message>
        <source>The hypervisor&apos;s own device model emulates the port.</source>
        <translation>Hypervisor 自己的设备模型模拟该端口。</translation>
    </message>
    <message>
        <source>The hypervisor&apos;s storage or network stack hands it to the real driver.</source>
        <translation>Hypervisor 的存储栈或网络栈把它交给真实驱动。</translation>
    </message>
    <message>
        <source>The hypervisor&apos;s virtual APIC returns the timer count.</source>
        <translation>Hypervisor 的虚拟 APIC 返回定时器计数。</translation>
    </message>
    <message>
        <source>The kernel completes the request and wakes the application.</source>
        <translation>内核完成请求并唤醒应用程序。</translation>
    </message>
    <message>
        <source>The kernel reads the local APIC timer.</source>
        <translation>内核读取本地 APIC 定时器。</translation>
    </message>
    <message>
        <source>The kernel runs the system call natively.</source>
        <translation>内核以原生方式执行该系统调用。</translation>
    </message>
    <message>
        <source>The kernel writes a page-table entry and flushes that TLB entry.</source>
        <translation>内核写入一个页表项，并刷新对应的 TLB 表项。</translation>
    </message>
    <message>
        <source>The kernel&apos;s TCP/IP stack builds the packet and its driver hands it on.</source>
        <translation>内核的 TCP/IP 协议栈构造数据包，由驱动发送出去。</translation>
    </message>
    <message>
        <source>The kernel&apos;s block layer queues the 4 KB write and its driver submits it.</source>
        <translation>内核的块设备层将这次 4 KB 写入排队，由驱动提交。</translation>
    </message>
    <message>
        <source>The kernel&apos;s driver reads a device register with an IN instruction.</source>
        <translation>内核的驱动用 IN 指令读取一个设备寄存器。</translation>
    </message>
    <message>
        <source>The kernel&apos;s page-fault handler allocates a page and writes the page-table entry.</source>
        <translation>内核的缺页处理程序分配一页并写入页表项。</translation>
    </message>
    <message>
        <source>The kernel&apos;s stack delivers the reply to the application.</source>
        <translation>内核的协议栈把应答交给应用程序。</translation>
    </message>
    <message>
        <source>The overlay file system writes to the container&apos;s upper layer; the image&apos;s layers below stay read-only and shared.</source>
        <translation>overlay 文件系统写入容器的上层；下面的镜像层保持只读并被共享。</translation>
    </message>
    <message>
        <source>The packet leaves the container&apos;s network namespace through a veth pair into the docker0 bridge, and NAT rewrites its address.</source>
        <translation>数据包经 veth 对离开容器的网络命名空间，进入 docker0 网桥，NAT 改写它的地址。</translation>
    </message>
    <message>
        <source>The page is write-protected for the shadow table, so the write causes a VM exit: the CPU leaves non-root mode and enters the hypervisor in root mode.</source>
        <translation>为了维护影子页表，该页被写保护，所以这次写入引起 VM 退出：CPU 离开非根模式，进入根模式下的 Hypervisor。</translation>
    </message>
    <message>
        <source>The paravirtual driver (pvscsi / vmxnet3) rings the doorbell once; the hypervisor&apos;s back-end reads the ring.</source>
        <translation>半虚拟化驱动（pvscsi / vmxnet3）敲一次门铃；Hypervisor 的后端读取环形缓冲区。</translation>
    </message>
    <message>
        <source>The paravirtual front-end driver puts the request in a ring in memory shared with the back-end.</source>
        <translation>半虚拟化前端驱动把请求放进与后端共享内存中的环形缓冲区。</translation>
    </message>
    <message>
        <source>The paravirtual kernel does not write its page table: it queues the update.</source>
        <translation>半虚拟化内核不直接写页表：它把更新放入队列。</translation>
    </message>
    <message>
        <source>The paravirtual kernel reads the time the hypervisor keeps in a shared memory page: no trap at all.</source>
        <translation>半虚拟化内核读取 Hypervisor 在共享内存页中维护的时间：完全不陷入。</translation>
    </message>
    <message>
        <source>The paravirtual kernel registered a fast system-call handler with the hypervisor, so the call goes straight to the guest kernel.</source>
        <translation>半虚拟化内核已向 Hypervisor 注册了快速系统调用处理程序，所以调用直接进入客户机内核。</translation>
    </message>
    <message>
        <source>The program loads from an address the TLB does not hold.</source>
        <translation>程序从一个 TLB 中没有缓存的地址读取数据。</translation>
    </message>
    <message>
        <source>The program touches a page it has not used before.</source>
        <translation>程序访问一个此前没有用过的页面。</translation>
    </message>
    <message>
        <source>The program&apos;s load is retried and completes.</source>
        <translation>程序的读取被重新执行并完成。</translation>
    </message>
    <message>
        <source>The request becomes an ordinary one to the real driver (a write to the disk image file on the host OS).</source>
        <translation>请求变成对真实驱动的普通请求（写入宿主机操作系统上的磁盘映像文件）。</translation>
    </message>
    <message>
        <source>The request becomes an ordinary one to the real driver.</source>
        <translation>请求变成对真实驱动的普通请求。</translation>
    </message>
    <message>
        <source>The root partition&apos;s worker process emulates the port.</source>
        <translation>根分区中的工作进程模拟该端口。</translation>
    </message>
    <message>
        <source>The service provider (VSP) in the root partition passes the request to its real driver.</source>
        <translation>根分区中的服务提供者（VSP）把请求交给它的真实驱动。</translation>
    </message>
    <message>
        <source>The system-call entry and return are sensitive: the translator rewrote them into calls to the monitor, which switches the virtual CPU&apos;s mode.</source>
        <translation>系统调用的进入和返回是敏感指令：翻译器把它们改写成对虚拟机监视器的调用，由它切换虚拟 CPU 的模式。</translation>
    </message>
    <message>
        <source>The translated code calls the monitor&apos;s virtual APIC instead of the real timer.</source>
        <translation>翻译后的代码调用虚拟机监视器的虚拟 APIC，而不是真实的定时器。</translation>
    </message>
    <message>
        <source>The translation is cached in the TLB; the load completes.</source>
        <translation>地址转换结果缓存进 TLB；读取完成。</translation>
    </message>
    <message>
        <source>The translator replaced CPUID with code that returns the virtual CPU&apos;s features.</source>
        <translation>翻译器把 CPUID 替换成返回虚拟 CPU 特性的代码。</translation>
    </message>
    <message>
        <source>The write is an ordinary system call; the mount namespace points it at the container&apos;s own file system.</source>
        <translation>写入是一次普通的系统调用；挂载命名空间把它指向容器自己的文件系统。</translation>
    </message>
    <message>
        <source>VM entry: the guest continues in non-root mode.</source>
        <translation>VM 进入：客户机在非根模式下继续运行。</translation>
    </message>
    <message>
        <source>With host networking the container uses the host&apos;s own network stack: nothing is added.</source>
        <translation>使用主机网络时，容器直接使用宿主机的网络协议栈：没有任何额外开销。</translation>
    </message>
    <message>
        <source>World switch to the host OS: the VMM&apos;s process hands the request to the host&apos;s file system (the virtual disk is a file).</source>
        <translation>世界切换到宿主机操作系统：VMM 的进程把请求交给宿主机的文件系统（虚拟磁盘是一个文件）。</translation>
    </message>
    <message>
        <source>World switch to the host OS: the VMM&apos;s process hands the request to the host&apos;s network stack.</source>
        <translation>世界切换到宿主机操作系统：VMM 的进程把请求交给宿主机的网络协议栈。</translation>
    </message>
    <message>
        <source>World switch: the VMM hands the access to its process on the host OS, which models the device, and switches back.</source>
        <translation>世界切换：VMM 把这次访问交给它在宿主机操作系统上的进程，由该进程模拟设备，然后再切换回来。</translation>
    </message>
    <message>
        <source>vhost-net in the host kernel takes the packet from the ring and passes it to the bridge and the NIC driver, skipping QEMU.</source>
        <translation>宿主机内核中的 vhost-net 从环形缓冲区取出数据包，交给网桥和网卡驱动，绕过 QEMU。</translation>
    </message>
    <message>
        <source>Popek and Goldberg (1974): a machine can be virtualized by trap-and-emulate only if every sensitive instruction is privileged, so that it traps when the de-privileged guest kernel runs it. x86 before VT-x broke this rule: several instructions, such as POPF and SGDT, behave differently in user mode but do not trap, so a monitor never sees them.</source>
        <translation>Popek 与 Goldberg（1974）：只有当每条敏感指令都是特权指令、在降低特权运行的客户机内核执行它时会陷入，这台机器才能用“陷入并模拟”的方式虚拟化。VT-x 之前的 x86 违反了这一条件：POPF、SGDT 等若干指令在用户态下行为不同却不陷入，虚拟机监视器根本察觉不到它们。</translation>
    </message>
    <message>
        <source>Binary translation (VMware, VirtualBox without VT-x): the monitor reads the guest kernel&apos;s code before it runs, copies it into a translation cache and rewrites each sensitive instruction into a call to its own emulation routine. User code and most kernel code run unchanged; the rewritten spots cost extra cycles.</source>
        <translation>二进制翻译（VMware、没有 VT-x 时的 VirtualBox）：虚拟机监视器在客户机内核代码运行之前读取它，复制到翻译缓存中，并把每条敏感指令改写成对自己模拟例程的调用。用户代码和大部分内核代码不加改动地运行；被改写的地方要多花一些周期。</translation>
    </message>
    <message>
        <source>Paravirtualization (Xen PV, Hyper-V enlightenments): the guest kernel is modified to know it runs on a hypervisor. Instead of executing a sensitive instruction and hoping it traps, it calls the hypervisor directly with a hypercall, and can batch several requests (such as page-table updates) into one call.</source>
        <translation>半虚拟化（Xen PV、Hyper-V 的“启蒙”客户机）：客户机内核经过修改，知道自己运行在 Hypervisor 之上。它不去执行敏感指令并指望其陷入，而是用超级调用直接调用 Hypervisor，还能把多个请求（例如页表更新）合并成一次调用。</translation>
    </message>
    <message>
        <source>VT-x / AMD-V add a second set of CPU modes: the hypervisor runs in root mode, the guest in non-root mode with its kernel in ring 0 as usual. Sensitive instructions chosen by the hypervisor cause a VM exit to root mode; the hypervisor emulates them and resumes the guest with a VM entry. Each round trip costs hundreds to thousands of cycles.</source>
        <translation>VT-x / AMD-V 为 CPU 增加了第二套模式：Hypervisor 运行在根模式，客户机运行在非根模式，其内核照常位于 0 环。由 Hypervisor 选定的敏感指令会引起 VM 退出，进入根模式；Hypervisor 模拟这些指令，再通过 VM 进入恢复客户机。每次往返要花几百到几千个周期。</translation>
    </message>
    <message>
        <source>Shadow page tables: the guest&apos;s page tables map guest-virtual to guest-physical addresses, which are not real. The monitor keeps a shadow table from guest-virtual to host-physical that the CPU actually walks, and write-protects the guest&apos;s tables so that every update traps and the shadow can be fixed.</source>
        <translation>影子页表：客户机的页表把客户机虚拟地址映射到客户机物理地址，而后者并不是真实地址。虚拟机监视器维护一张从客户机虚拟地址到主机物理地址的影子页表，供 CPU 实际遍历，并对客户机页表进行写保护，使每次更新都会陷入，以便修正影子页表。</translation>
    </message>
    <message>
        <source>EPT / NPT: the CPU walks two tables itself, the guest&apos;s (virtual to guest-physical) and the hypervisor&apos;s extended table (guest-physical to host-physical). Guest page-table writes no longer trap, but a TLB miss may need up to 24 memory references instead of 4; large pages shorten the walk.</source>
        <translation>EPT / NPT：CPU 自己遍历两张表：客户机的页表（虚拟地址到客户机物理地址）和 Hypervisor 的扩展页表（客户机物理地址到主机物理地址）。客户机写页表不再陷入，但一次 TLB 未命中可能需要多达 24 次内存访问，而不是 4 次；大页可以缩短遍历。</translation>
    </message>
    <message>
        <source>An emulated device is a software copy of a real one (IDE disk, e1000 NIC). The guest&apos;s ordinary driver pokes its registers; every access traps to the device model, which turns the request into a call to a real driver.</source>
        <translation>模拟设备是真实设备的软件仿制品（IDE 磁盘、e1000 网卡）。客户机的普通驱动读写它的寄存器；每次访问都会陷入设备模型，由设备模型把请求变成对真实驱动的调用。</translation>
    </message>
    <message>
        <source>virtio: the guest knows its device is virtual. It puts requests in a ring buffer in shared memory and sends one notification for a batch; vhost moves the network back-end into the host kernel so packets skip the user-space emulator.</source>
        <translation>virtio：客户机知道自己的设备是虚拟的。它把请求放进共享内存中的环形缓冲区，一批请求只发一次通知；vhost 把网络后端移到宿主机内核中，使数据包绕过用户态的模拟器。</translation>
    </message>
    <message>
        <source>Xen split drivers: a front-end driver in the guest (DomU) shares pages with a back-end driver in Dom0 through grant tables and signals it over an event channel; Dom0&apos;s real driver talks to the hardware. Hyper-V&apos;s VMBus works the same way with the root partition.</source>
        <translation>Xen 分离驱动：客户机（DomU）中的前端驱动通过授权表与 Dom0 中的后端驱动共享页面，并经事件通道通知它；Dom0 的真实驱动与硬件打交道。Hyper-V 的 VMBus 与根分区之间也是这样工作的。</translation>
    </message>
    <message>
        <source>Passthrough and SR-IOV: the IOMMU (VT-d / AMD-Vi) translates the device&apos;s DMA addresses into the guest&apos;s memory, so the guest&apos;s own driver programs the real device and no layer copies the data. The price: the device is tied to this host.</source>
        <translation>设备直通与 SR-IOV：IOMMU（VT-d / AMD-Vi）把设备的 DMA 地址转换到客户机内存中，于是客户机自己的驱动直接对真实设备编程，没有任何一层复制数据。代价是：设备被绑定在这台主机上。</translation>
    </message>
    <message>
        <source>A container is a group of host processes: its system calls go straight into the host kernel. Namespaces only change what the process can see (its own file system, network and process list) and cgroups limit what it can use; no second kernel and no emulated device sit on the path.</source>
        <translation>容器是一组宿主机进程：它的系统调用直接进入宿主机内核。命名空间只改变进程能看到的内容（它自己的文件系统、网络和进程列表），cgroups 限制它能使用的资源；路径上没有第二个内核，也没有模拟设备。</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Memory access</source>
        <translation>内存访问</translation>
    </message>
    <message>
        <source>I/O request</source>
        <translation>I/O 请求</translation>
    </message>
    <message>
        <source>System call</source>
        <translation>系统调用</translation>
    </message>
    <message>
        <source>Page-table update</source>
        <translation>页表更新</translation>
    </message>
    <message>
        <source>Timer read</source>
        <translation>读取定时器</translation>
    </message>
    <message>
        <source>I/O port access</source>
        <translation>I/O 端口访问</translation>
    </message>
    <message>
        <source>CPUID</source>
        <translation>CPUID</translation>
    </message>
    <message>
        <source>Page fault (TLB miss, new page)</source>
        <translation>缺页（TLB 未命中，新页面）</translation>
    </message>
    <message>
        <source>TLB miss (4 KB pages)</source>
        <translation>TLB 未命中（4 KB 页）</translation>
    </message>
    <message>
        <source>TLB miss (2 MB large pages)</source>
        <translation>TLB 未命中（2 MB 大页）</translation>
    </message>
    <message>
        <source>Disk write (4 KB)</source>
        <translation>磁盘写入（4 KB）</translation>
    </message>
    <message>
        <source>Network packet (request and reply)</source>
        <translation>网络数据包（请求与应答）</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Guest kernel</source>
        <translation>客户机内核</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Image layers</source>
        <translation>镜像层</translation>
    </message>
    <message>
        <source>QEMU</source>
        <translation>QEMU</translation>
    </message>
    <message>
        <source>VMM</source>
        <translation>VMM</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>Dom0 / root partition</source>
        <translation>Dom0 / 根分区</translation>
    </message>
    <message>
        <source>KVM module</source>
        <translation>KVM 模块</translation>
    </message>
    <message>
        <source>Host kernel</source>
        <translation>宿主机内核</translation>
    </message>
    <message>
        <source>Docker daemon</source>
        <translation>Docker 守护进程</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>个周期</translation>
    </message>
    <message>
        <source>exits: %1</source>
        <translation>退出：%1 次</translation>
    </message>
    <message>
        <source>context switches: %1</source>
        <translation>上下文切换：%1 次</translation>
    </message>
    <message>
        <source>copies: %1</source>
        <translation>复制：%1 次</translation>
    </message>
    <message>
        <source>memory references: %1</source>
        <translation>内存访问：%1 次</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> ticks/s</source>
        <translation> 步/秒</translation>
    </message>
    <message>
        <source>How often the simulation steps per second of wall-clock time. Lower it on slow lab machines.</source>
        <translation>每秒真实时间内仿真前进的步数。在较慢的实验室电脑上可以调低。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>How often unsaved work is copied aside, so it can be recovered after a crash. 0 turns autosave off.</source>
        <translation>多久把未保存的工作另存一份，以便程序崩溃后恢复。设为 0 则关闭自动保存。</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>How many steps Undo can go back. Older steps are forgotten, which keeps memory use flat in long sessions. A new value applies to the next lab you open or create.</source>
        <translation>撤销最多可以回退多少步。更早的步骤会被丢弃，这样长时间使用时内存占用不会持续增长。新的值从下一次打开或新建的实验开始生效。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>A new language applies at once to the whole window.</source>
        <translation>新的语言会立即应用到整个窗口。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Tick rate:</source>
        <translation>仿真步频(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>自动保存间隔(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Undo up to:</source>
        <translation>最多撤销(&amp;U)：</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>RealFormats</name>
    <message>
        <source>%1 host (%2)</source>
        <translation>%1 主机（%2）</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Build hosts and guests from real configurations: .vmx, .vbox, libvirt XML, OVF/OVA, Compose</source>
        <translation>根据真实的配置文件创建主机和客户机：.vmx、.vbox、libvirt XML、OVF/OVA、Compose</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the selected VM as libvirt XML or .vmx, or the host&apos;s containers as a Compose file</source>
        <translation>将所选虚拟机导出为 libvirt XML 或 .vmx，或将主机上的容器导出为 Compose 文件</translation>
    </message>
    <message>
        <source>VM and container configurations (%1)</source>
        <translation>虚拟机和容器配置文件 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Select a VM on a KVM or VMware host, or a host with containers, to export it.</source>
        <translation>请选择 KVM 或 VMware 主机上的虚拟机，或运行容器的主机，再导出。</translation>
    </message>
    <message>
        <source>libvirt domain XML (*.xml)</source>
        <translation>libvirt 域 XML (*.xml)</translation>
    </message>
    <message>
        <source>VMware configuration (*.vmx)</source>
        <translation>VMware 配置文件 (*.vmx)</translation>
    </message>
    <message>
        <source>Compose file (*.yaml *.yml)</source>
        <translation>Compose 文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已将 %1 导出到 %2</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>{field} must be between {low} and {high} {unit}; got {value}.</source>
        <translation>{field}必须在 {low} 到 {high} {unit}之间，当前为 {value}。</translation>
    </message>
    <message>
        <source>A native host runs no virtualization product.</source>
        <translation>原生主机不运行任何虚拟化产品。</translation>
    </message>
    <message>
        <source>{product} is not a {mode} product; choose one of {choices}.</source>
        <translation>{product} 不是{mode}产品；请从以下产品中选择：{choices}。</translation>
    </message>
    <message>
        <source>Power off the {count} guest(s) on {host} before changing how it is virtualized.</source>
        <translation>更改虚拟化方式之前，请先关闭 {host} 上的 {count} 台客户机。</translation>
    </message>
    <message>
        <source>This CPU has no {vtx}, so {product} cannot run on it.</source>
        <translation>此 CPU 不支持 {vtx}，因此无法运行 {product}。</translation>
    </message>
    <message>
        <source>Hyper-V needs a CPU with {ept} (second-level address translation).</source>
        <translation>Hyper-V 需要支持 {ept}（二级地址转换）的 CPU。</translation>
    </message>
    <message>
        <source>{product} needs a Linux host kernel; this host runs {os}.</source>
        <translation>{product} 需要 Linux 宿主机内核，而这台主机运行的是 {os}。</translation>
    </message>
    <message>
        <source>{host} still holds {count} VM(s); a {mode} host cannot run them. Move or delete them first.</source>
        <translation>{host} 上还有 {count} 台虚拟机，{mode}主机无法运行它们。请先移走或删除这些虚拟机。</translation>
    </message>
    <message>
        <source>Unknown guest operating system &apos;{os}&apos;.</source>
        <translation>未知的客户机操作系统“{os}”。</translation>
    </message>
    <message>
        <source>A VM cannot have more vCPUs ({vcpus}) than its host has cores ({cores}).</source>
        <translation>虚拟机的 vCPU 数（{vcpus}）不能超过主机的核心数（{cores}）。</translation>
    </message>
    <message>
        <source>A VM cannot have more memory ({memory} MB) than its host has ({host_memory} MB).</source>
        <translation>虚拟机的内存（{memory} MB）不能超过主机的内存（{host_memory} MB）。</translation>
    </message>
    <message>
        <source>{os} needs at least {minimum} MB of memory; this VM has {memory} MB.</source>
        <translation>{os} 至少需要 {minimum} MB 内存，这台虚拟机只有 {memory} MB。</translation>
    </message>
    <message>
        <source>A VM&apos;s network is NAT, bridged or host-only, not {network}.</source>
        <translation>虚拟机的网络只能是 NAT、桥接或仅主机，不能是{network}。</translation>
    </message>
    <message>
        <source>Hardware-assisted virtualization needs {vtx}, which this CPU lacks.</source>
        <translation>硬件辅助虚拟化需要 {vtx}，而此 CPU 不支持。</translation>
    </message>
    <message>
        <source>{product} translates only 32-bit guests, and {os} is 64-bit: use hardware assistance ({vtx}) instead.</source>
        <translation>{product} 只能翻译 32 位客户机，而 {os} 是 64 位的：请改用硬件辅助（{vtx}）。</translation>
    </message>
    <message>
        <source>{product} translates only 32-bit guests, {os} is 64-bit, and this CPU has no {vtx}: use a 32-bit guest such as {small}.</source>
        <translation>{product} 只能翻译 32 位客户机，{os} 是 64 位的，而这个 CPU 没有 {vtx}：请改用 32 位客户机，例如 {small}。</translation>
    </message>
    <message>
        <source>{product} translates only 32-bit guests, {os} is 64-bit, and this CPU has no {vtx}: {product} cannot run it here.</source>
        <translation>{product} 只能翻译 32 位客户机，{os} 是 64 位的，而这个 CPU 没有 {vtx}：{product} 无法在这里运行它。</translation>
    </message>
    <message>
        <source>A hosted hypervisor cannot hand a device to a guest: the host OS owns the devices.</source>
        <translation>寄居虚拟化无法把设备直通给客户机：设备归宿主机操作系统所有。</translation>
    </message>
    <message>
        <source>Device passthrough needs an IOMMU (VT-d / AMD-Vi), which this host lacks.</source>
        <translation>设备直通需要 IOMMU（VT-d / AMD-Vi），而这台主机没有。</translation>
    </message>
    <message>
        <source>Unknown container image &apos;{image}&apos;.</source>
        <translation>未知的容器镜像“{image}”。</translation>
    </message>
    <message>
        <source>A container&apos;s network is NAT or host, not {network}.</source>
        <translation>容器的网络只能是 NAT 或主机网络，不能是{network}。</translation>
    </message>
    <message>
        <source>The CPU limit ({limit}) is more than the host&apos;s {cores} cores.</source>
        <translation>CPU 限额（{limit}）超过了主机的 {cores} 个核心。</translation>
    </message>
    <message>
        <source>{host} is a container host; containers share its kernel, VMs need a hypervisor.</source>
        <translation>{host} 是容器主机：容器共享它的内核，而虚拟机需要 Hypervisor。</translation>
    </message>
    <message>
        <source>{guest} is already {state}.</source>
        <translation>{guest} 已经处于“{state}”状态。</translation>
    </message>
    <message>
        <source>{guest} is already on {host}.</source>
        <translation>{guest} 已经在 {host} 上。</translation>
    </message>
    <message>
        <source>{clone} is a linked clone of {guest} and reads its disk from it; delete the clone first.</source>
        <translation>{clone} 是 {guest} 的链接克隆，要从它读取磁盘；请先删除这个克隆。</translation>
    </message>
    <message>
        <source>{guest} is not running, so it cannot crash.</source>
        <translation>{guest} 没有在运行，因此不会崩溃。</translation>
    </message>
    <message>
        <source>{guest} is being migrated; wait until it arrives.</source>
        <translation>{guest} 正在迁移，请等待迁移完成。</translation>
    </message>
    <message>
        <source>{guest} is already being migrated.</source>
        <translation>{guest} 已经在迁移中。</translation>
    </message>
    <message>
        <source>{host} has only {free} MB of memory free; {guest} needs {memory} MB to arrive running.</source>
        <translation>{host} 只有 {free} MB 空闲内存，而 {guest} 需要 {memory} MB 才能在迁移后保持运行。</translation>
    </message>
    <message>
        <source>{guest} runs on an {source} CPU and {host} has an {target} CPU: a running VM cannot move between CPU vendors. Power it off and move it, or pick a host with an {source} CPU.</source>
        <translation>{guest} 运行在 {source} CPU 上，而 {host} 的 CPU 是 {target} 的：运行中的虚拟机不能在不同厂商的 CPU 之间迁移。请先关机再移动，或选择一台 {source} CPU 的主机。</translation>
    </message>
    <message>
        <source>All {limit} SR-IOV virtual functions of {host}&apos;s NIC are in use.</source>
        <translation>{host} 网卡的 {limit} 个 SR-IOV 虚拟功能已全部被占用。</translation>
    </message>
    <message>
        <source>{guest} is on a host-only network: it can talk only to its host and the VMs on the same host-only network.</source>
        <translation>{guest} 使用仅主机网络：它只能与所在主机以及同一仅主机网络中的虚拟机通信。</translation>
    </message>
    <message>
        <source>{guest} is behind NAT: it can reach out, but nothing can reach it without port forwarding.</source>
        <translation>{guest} 位于 NAT 之后：它可以访问外部，但没有端口转发时外部无法访问它。</translation>
    </message>
    <message>
        <source>This host&apos;s NIC cannot split itself into SR-IOV virtual functions.</source>
        <translation>这台主机的网卡不支持划分 SR-IOV 虚拟功能。</translation>
    </message>
    <message>
        <source>An SR-IOV virtual function is assigned through the IOMMU (VT-d / AMD-Vi) by a bare-metal or hybrid hypervisor; this host cannot do that.</source>
        <translation>SR-IOV 虚拟功能要由裸金属或混合虚拟化的 Hypervisor 通过 IOMMU（VT-d / AMD-Vi）分配，这台主机做不到。</translation>
    </message>
    <message>
        <source>Power off {guest} before moving it: only a running VM can be live-migrated, and it is {state}.</source>
        <translation>请先关闭 {guest} 再移动它：只有运行中的虚拟机才能热迁移，而它当前为“{state}”。</translation>
    </message>
    <message>
        <source>Power off {guest} before moving it: live migration needs the same hypervisor on both hosts, and {host} runs {product}.</source>
        <translation>请先关闭 {guest} 再移动它：热迁移要求两台主机运行相同的 Hypervisor，而 {host} 运行的是 {product}。</translation>
    </message>
    <message>
        <source>{guest} has a physical device assigned to it (passthrough or an SR-IOV function); that device cannot follow it to another host while it runs.</source>
        <translation>{guest} 分配了物理设备（直通或 SR-IOV 虚拟功能）；运行时该设备无法随它迁移到另一台主机。</translation>
    </message>
    <message>
        <source>{guest} is a container; snapshots and clones are for virtual machines.</source>
        <translation>{guest} 是容器；快照和克隆只适用于虚拟机。</translation>
    </message>
    <message>
        <source>{guest} is {state}; snapshots need a VM that is off or running.</source>
        <translation>{guest} 当前为“{state}”；只有已关机或运行中的虚拟机才能拍摄快照。</translation>
    </message>
    <message>
        <source>{guest} has no such snapshot.</source>
        <translation>{guest} 没有这个快照。</translation>
    </message>
    <message>
        <source>{clone} is a linked clone that reads its disk from this snapshot; delete it or make it a full clone first.</source>
        <translation>{clone} 是链接克隆，它的磁盘读取自这个快照；请先删除它，或把它转为完整克隆。</translation>
    </message>
    <message>
        <source>A linked clone shares a snapshot&apos;s disk: take a snapshot of {guest} first.</source>
        <translation>链接克隆共享快照的磁盘：请先为 {guest} 拍摄快照。</translation>
    </message>
    <message>
        <source>{host}&apos;s datastore has {free} GB free, and this VM&apos;s disk needs {needed} GB now. Use a thin disk, a smaller disk, or free some space.</source>
        <translation>{host} 的数据存储只剩 {free} GB 空间，而这台虚拟机的磁盘现在就需要 {needed} GB。请使用精简置备磁盘、更小的磁盘，或释放一些空间。</translation>
    </message>
    <message>
        <source>{guest} is a linked clone: its disk reads from a snapshot on its host, so it cannot leave it. Make a full clone to move it.</source>
        <translation>{guest} 是链接克隆：它的磁盘读取自所在主机上的快照，因此不能离开这台主机。要移动它，请先做一个完整克隆。</translation>
    </message>
    <message>
        <source>{id} is no longer in the lab.</source>
        <translation>{id} 已不在实验中。</translation>
    </message>
    <message>
        <source>The lab already has something called {id}.</source>
        <translation>实验中已有名为 {id} 的对象。</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters; this one has {length}.</source>
        <translation>名称最多 {limit} 个字符；这个名称有 {length} 个。</translation>
    </message>
    <message>
        <source>{workload} is not a workload VirtLab knows.</source>
        <translation>{workload} 不是 VirtLab 认识的工作负载。</translation>
    </message>
    <message>
        <source>{host} has no container engine: make it a container host first.</source>
        <translation>{host} 没有容器引擎：请先把它改为容器主机。</translation>
    </message>
    <message>
        <source>No image called {image} was built in this lab.</source>
        <translation>本实验中没有构建过名为 {image} 的镜像。</translation>
    </message>
    <message>
        <source>An image called {image} is already built in this lab.</source>
        <translation>本实验中已经构建过名为 {image} 的镜像。</translation>
    </message>
    <message>
        <source>The Dockerfile cannot be built: {problem}</source>
        <translation>无法构建该 Dockerfile：{problem}</translation>
    </message>
    <message>
        <source>{image} is not in the registry yet: push it first.</source>
        <translation>{image} 还不在仓库中：请先推送。</translation>
    </message>
    <message>
        <source>A Firecracker micro-VM has only virtio devices (a minimal device model): its I/O path is paravirtual.</source>
        <translation>Firecracker 微虚拟机只有 virtio 设备（极简的设备模型）：它的 I/O 路径是半虚拟化的。</translation>
    </message>
    <message>
        <source>A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. Drop it onto {vm}, a running Linux VM on {host}: the VM gets a Docker engine and runs it.</source>
        <translation>Linux 容器需要一个可以共享的 Linux 内核，而 {host} 运行的是裸金属 Hypervisor。把它拖到 {vm} 上——{host} 上一台正在运行的 Linux 虚拟机：虚拟机会装上 Docker 引擎来运行它。</translation>
    </message>
    <message>
        <source>A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. Run a Linux VM on it and drop the container onto that VM (the VM gets a Docker engine), or switch it to one of these modes: {choices}.</source>
        <translation>Linux 容器需要一个可以共享的 Linux 内核，而 {host} 运行的是裸金属 Hypervisor。在它上面运行一台 Linux 虚拟机，再把容器拖到这台虚拟机上（虚拟机会装上 Docker 引擎）；或者把它切换到以下模式之一：{choices}。</translation>
    </message>
    <message>
        <source>A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. Run a Linux VM on it and drop the container onto that VM (the VM gets a Docker engine).</source>
        <translation>Linux 容器需要一个可以共享的 Linux 内核，而 {host} 运行的是裸金属 Hypervisor。在它上面运行一台 Linux 虚拟机，再把容器拖到这台虚拟机上（虚拟机会装上 Docker 引擎）。</translation>
    </message>
    <message>
        <source>A Linux container needs a Linux kernel to share, and {vm} runs {os}. Drop it onto a Linux VM instead.</source>
        <translation>Linux 容器需要一个可以共享的 Linux 内核，而 {vm} 运行的是 {os}。请把它拖到一台 Linux 虚拟机上。</translation>
    </message>
    <message>
        <source>A container inside {vm} is on {vm}&apos;s host.</source>
        <translation>{vm} 里的容器与 {vm} 在同一台宿主机上。</translation>
    </message>
    <message>
        <source>The CPU limit ({limit}) is more than {vm}&apos;s {vcpus} vCPUs.</source>
        <translation>CPU 限额（{limit}）超过了 {vm} 的 {vcpus} 个 vCPU。</translation>
    </message>
    <message>
        <source>The memory limit ({limit} MB) is more than {vm}&apos;s {memory} MB.</source>
        <translation>内存限额（{limit} MB）超过了 {vm} 的 {memory} MB。</translation>
    </message>
    <message>
        <source>VirtLab does not run a VM inside another VM ({vm}): drop it onto a host.</source>
        <translation>VirtLab 不在另一台虚拟机（{vm}）里运行虚拟机：请把它拖到宿主机上。</translation>
    </message>
    <message>
        <source>{guest} runs inside a VM; it moves when its VM moves.</source>
        <translation>{guest} 运行在一台虚拟机里；虚拟机迁移时它随之迁移。</translation>
    </message>
    <message>
        <source>{os} is a Firecracker micro-VM, which runs only on KVM: put it on a hybrid (KVM) host.</source>
        <translation>{os} 是 Firecracker 微虚拟机，只能在 KVM 上运行：请把它放到混合虚拟化（KVM）主机上。</translation>
    </message>
    <message>
        <source>{vm} is a container; a container runs on a host or inside a Linux VM.</source>
        <translation>{vm} 是一个容器；容器只能运行在宿主机上或 Linux 虚拟机里。</translation>
    </message>
    <message>
        <source>{vm} is {state}; power it on and wait until it runs: its containers need its kernel.</source>
        <translation>{vm} 处于{state}状态；请启动它并等它进入运行状态：它的容器需要它的内核。</translation>
    </message>
    <message>
        <source>{vm} runs {count} container(s); delete them with it, or delete them first.</source>
        <translation>{vm} 里运行着 {count} 个容器；请连同它们一起删除，或先删除它们。</translation>
    </message>
    <message numerus="yes">
        <source>Power off the %n guest(s) on {host} before changing how it is virtualized.</source>
        <translation>
            <numerusform>更改虚拟化方式之前，请先关闭 {host} 上的 %n 台客户机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{host} still holds %n VM(s); a {mode} host cannot run them. Move or delete them first.</source>
        <translation>
            <numerusform>{host} 上还有 %n 台虚拟机，{mode}主机无法运行它们。请先移走或删除这些虚拟机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{host} still holds %n container(s), which need a Linux kernel with a container engine (a container host or a KVM host). Move or delete them first.</source>
        <translation>
            <numerusform>{host} 上还有 %n 个容器，它们需要带容器引擎的 Linux 内核（容器主机或 KVM 主机）。请先移走或删除它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{vm} runs %n container(s); delete them with it, or delete them first.</source>
        <translation>
            <numerusform>{vm} 里运行着 %n 个容器；请连同它们一起删除，或先删除它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>A VM cannot become a container or the reverse.</source>
        <translation>虚拟机不能变成容器，容器也不能变成虚拟机。</translation>
    </message>
    <message>
        <source>{host} still holds {count} container(s), which need a Linux kernel with a container engine (a container host or a KVM host). Move or delete them first.</source>
        <translation>{host} 上还有 {count} 个容器，它们需要带容器引擎的 Linux 内核（容器主机或 KVM 主机）。请先移走或删除它们。</translation>
    </message>
    <message>
        <source>{os} cannot be a Xen PV guest: run it as a hardware-assisted (HVM) guest with PV drivers.</source>
        <translation>{os} 不能作为 Xen 半虚拟化（PV）客户机：请以硬件辅助虚拟化（HVM）客户机运行，并使用半虚拟化驱动。</translation>
    </message>
    <message>
        <source>{os} cannot be a Xen PV guest, and without {vtx} it cannot run as an HVM guest either.</source>
        <translation>{os} 不能作为 Xen 半虚拟化（PV）客户机；而没有 {vtx}，它也不能作为 HVM 客户机运行。</translation>
    </message>
    <message>
        <source>{product} does not offer the {technique} technique; it offers {choices}.</source>
        <translation>{product} 不支持{technique}，只支持{choices}。</translation>
    </message>
    <message>
        <source>{host} runs no hypervisor. To run VMs, switch it to one of these modes: {choices}.</source>
        <translation>{host} 没有运行 Hypervisor。要运行虚拟机，请把它改为以下架构之一：{choices}。</translation>
    </message>
    <message>
        <source>{host} runs no hypervisor, and none that VirtLab offers could run this VM here.</source>
        <translation>{host} 没有运行 Hypervisor，而 VirtLab 提供的 Hypervisor 都无法在这里运行这台虚拟机。</translation>
    </message>
    <message>
        <source>A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. Switch it to one of these modes: {choices}; or put the container on a host in one of them.</source>
        <translation>Linux 容器需要共享一个 Linux 内核，而 {host} 运行的是裸金属 Hypervisor。请把它改为以下架构之一：{choices}；或者把容器放到采用这些架构的主机上。</translation>
    </message>
    <message>
        <source>A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. Put the container on a Linux host that is a container host or runs KVM.</source>
        <translation>Linux 容器需要共享一个 Linux 内核，而 {host} 运行的是裸金属 Hypervisor。请把容器放到一台作为容器主机或运行 KVM 的 Linux 主机上。</translation>
    </message>
    <message>
        <source>{host} runs no container engine. To run containers, switch it to one of these modes: {choices}.</source>
        <translation>{host} 没有运行容器引擎。要运行容器，请把它改为以下架构之一：{choices}。</translation>
    </message>
    <message>
        <source>A Linux container needs a Linux kernel to share, and {host} runs {os}. Put the container on a Linux host that is a container host or runs KVM.</source>
        <translation>Linux 容器需要共享一个 Linux 内核，而 {host} 运行的是 {os}。请把容器放到一台作为容器主机或运行 KVM 的 Linux 主机上。</translation>
    </message>
    <message>
        <source>{host} runs no container engine, and it cannot become a container or KVM host now. Put the container on a host that is one.</source>
        <translation>{host} 没有运行容器引擎，目前也不能改为容器主机或 KVM 主机。请把容器放到这样的主机上。</translation>
    </message>
    <message>
        <source>Power off {guest} before changing its virtual hardware.</source>
        <translation>请先关闭 {guest}，再修改其虚拟硬件。</translation>
    </message>
    <message>
        <source>Only a running VM can be suspended; {guest} is {state}.</source>
        <translation>只有运行中的虚拟机才能挂起；{guest} 当前为“{state}”。</translation>
    </message>
    <message>
        <source>{guest} is off; power it on instead.</source>
        <translation>{guest} 已关机，请直接开机。</translation>
    </message>
    <message>
        <source>{guest} is a running container. VirtLab moves containers only when stopped (real tools such as CRIU can checkpoint a container&apos;s processes and restore them on another host, which VirtLab does not model). Stop it, move it, and start it again.</source>
        <translation>{guest} 是正在运行的容器。VirtLab 只能移动已停止的容器（CRIU 等真实工具可以给容器的进程做检查点，并在另一台主机上恢复，但 VirtLab 没有模拟这一点）。请先停止它，移动后再启动。</translation>
    </message>
</context>
<context>
    <name>ReasonWord</name>
    <message>
        <source>full virtualization (binary translation)</source>
        <translation>全虚拟化（二进制翻译）</translation>
    </message>
    <message>
        <source>paravirtualization</source>
        <translation>半虚拟化</translation>
    </message>
    <message>
        <source>full virtualization (hardware-assisted)</source>
        <translation>全虚拟化（硬件辅助）</translation>
    </message>
    <message>
        <source>native</source>
        <translation>原生</translation>
    </message>
    <message>
        <source>hosted</source>
        <translation>寄居虚拟化</translation>
    </message>
    <message>
        <source>bare-metal</source>
        <translation>裸金属虚拟化</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>混合虚拟化</translation>
    </message>
    <message>
        <source>container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>pulling</source>
        <translation>正在拉取镜像</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>nat</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>bridged</source>
        <translation>桥接</translation>
    </message>
    <message>
        <source>host-only</source>
        <translation>仅主机</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机网络</translation>
    </message>
    <message>
        <source>vcpus</source>
        <translation>vCPU 数</translation>
    </message>
    <message>
        <source>memory_mb</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>disk_gb</source>
        <translation>磁盘大小</translation>
    </message>
    <message>
        <source>cpu_limit</source>
        <translation>CPU 限额</translation>
    </message>
    <message>
        <source>memory_limit_mb</source>
        <translation>内存限额</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>核</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message numerus="yes">
        <source>The VMs to delete run %n container(s) inside them. Delete those containers with them? (Undo brings all back.)</source>
        <translation>
            <numerusform>要删除的虚拟机里运行着 %n 个容器。要把这些容器一起删除吗？（撤销可以全部恢复。）</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete containers too?</source>
        <translation>连同容器一起删除？</translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message>
        <source>VMs and Containers Side by Side</source>
        <translation>虚拟机与容器并排对比</translation>
    </message>
    <message>
        <source>Virtual machine:</source>
        <translation>虚拟机：</translation>
    </message>
    <message>
        <source>Container image:</source>
        <translation>容器镜像：</translation>
    </message>
    <message>
        <source>VM (KVM)</source>
        <translation>虚拟机（KVM）</translation>
    </message>
    <message>
        <source>Container (Docker)</source>
        <translation>容器（Docker）</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <source>Memory per guest</source>
        <translation>每个客户机的内存</translation>
    </message>
    <message>
        <source>How many fit in RAM</source>
        <translation>内存能容纳多少个</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Isolation boundary</source>
        <translation>隔离边界</translation>
    </message>
    <message>
        <source>What you ship (build once, run anywhere)</source>
        <translation>一次构建，到处运行</translation>
    </message>
    <message>
        <source>A container has no kernel of its own: it starts like a process and needs only its application&apos;s memory, but a fault in the shared kernel stops every container on the host. A VM boots a whole OS and keeps its own kernel. An image is built once and runs the same on any host with a Linux kernel and a container engine.</source>
        <translation>容器没有自己的内核：它像进程一样启动，只需要应用程序本身的内存；但共享内核一旦出错，主机上所有容器都会停止。虚拟机要启动一整套操作系统，并拥有自己的内核。镜像构建一次，就能在任何带 Linux 内核和容器引擎的主机上以同样的方式运行。</translation>
    </message>
    <message>
        <source>the hypervisor: a separate kernel per VM</source>
        <translation>Hypervisor：每台虚拟机有独立的内核</translation>
    </message>
    <message>
        <source>the kernel: namespaces and cgroups</source>
        <translation>内核：命名空间与 cgroups</translation>
    </message>
    <message>
        <source>a %1 GB disk with a whole OS</source>
        <translation>一个 %1 GB、装有完整操作系统的磁盘</translation>
    </message>
    <message>
        <source>a %1 MB image: the app and its libraries, layers shared</source>
        <translation>一个 %1 MB 的镜像：只有应用及其依赖库，各层可共享</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>its own</source>
        <translation>独立内核</translation>
    </message>
    <message>
        <source>shared with the host</source>
        <translation>与主机共享</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Snapshot Manager — %1</source>
        <translation>快照管理器 — %1</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>拍摄快照(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Revert to</source>
        <translation>恢复到(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Full Clone</source>
        <translation>完整克隆(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Linked Clone</source>
        <translation>链接克隆(&amp;L)</translation>
    </message>
    <message>
        <source>powered on (with memory)</source>
        <translation>开机状态（含内存）</translation>
    </message>
    <message>
        <source>powered off</source>
        <translation>关机状态</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>当前位置</translation>
    </message>
    <message>
        <source>Select a snapshot first.</source>
        <translation>请先选择一个快照。</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>拍摄快照</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
</context>
<context>
    <name>StackBox</name>
    <message>
        <source>Stack</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>What each layer under this guest uses of the host: CPU as a share of all its cores, memory as resident RAM. Whatever the layers between the guest and the hardware use is virtualization&apos;s cost; the hardware row is the whole host, other guests included.</source>
        <translation>这台客户机之下的每一层占用了主机多少资源：CPU 按占主机全部核心的比例计，内存按实际驻留的 RAM 计。客户机与硬件之间各层所占用的，就是虚拟化的代价；硬件一行是整台主机的总量，包括其他客户机。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>CPU (share of the host)</source>
        <translation>CPU（占主机的比例）</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Time %1</source>
        <translation>时间 %1</translation>
    </message>
    <message>
        <source>Speed %1×</source>
        <translation>速度 %1×</translation>
    </message>
    <message>
        <source>Simulation running</source>
        <translation>仿真运行中</translation>
    </message>
    <message>
        <source>Simulation paused</source>
        <translation>仿真已暂停</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n 台主机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n guest(s) running</source>
        <translation>
            <numerusform>%n 台客户机中 %1 台运行中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepThrough</name>
    <message>
        <source>Add a guest to step through its stack.</source>
        <translation>请先添加一个客户机，才能逐步查看它的架构。</translation>
    </message>
</context>
<context>
    <name>StepThroughFeature</name>
    <message>
        <source>Step Through</source>
        <translation>逐步查看</translation>
    </message>
    <message>
        <source>Ste&amp;p Through an Instruction</source>
        <translation>逐步查看一条指令(&amp;P)</translation>
    </message>
    <message>
        <source>Step Through a Memor&amp;y Access</source>
        <translation>逐步查看一次内存访问(&amp;Y)</translation>
    </message>
    <message>
        <source>Step Through an I/O Re&amp;quest</source>
        <translation>逐步查看一次 I/O 请求(&amp;Q)</translation>
    </message>
    <message>
        <source>Follow it hop by hop through the selected guest&apos;s stack</source>
        <translation>在所选客户机的架构中一步一步地跟踪它</translation>
    </message>
    <message>
        <source>Step through an instruction, a memory access or an I/O request on the selected guest&apos;s stack</source>
        <translation>在所选客户机的架构上逐步查看一条指令、一次内存访问或一次 I/O 请求</translation>
    </message>
    <message>
        <source>Step Through It…</source>
        <translation>逐步查看…</translation>
    </message>
    <message>
        <source>Watch it happen on the selected guest&apos;s stack</source>
        <translation>在所选客户机的架构上观察它的过程</translation>
    </message>
</context>
<context>
    <name>StepThroughPanel</name>
    <message>
        <source>The operation to follow</source>
        <translation>要跟踪的操作</translation>
    </message>
    <message>
        <source>The guest whose stack is shown</source>
        <translation>显示其架构的客户机</translation>
    </message>
    <message>
        <source>A second guest, to compare its stack side by side</source>
        <translation>第二个客户机，用来并排对比它的架构</translation>
    </message>
    <message>
        <source>Steps per second while playing</source>
        <translation>播放时每秒的步数</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>每秒 %1 步</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Back to the first step</source>
        <translation>回到第一步</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Guest:</source>
        <translation>客户机：</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Add a guest to step through its stack.</source>
        <translation>请先添加一个客户机，才能逐步查看它的架构。</translation>
    </message>
</context>
<context>
    <name>Submitter</name>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>提交(&amp;U)…</translation>
    </message>
    <message>
        <source>Hand the lab in: save a copy, named with your name or ID, in your instructor&apos;s folder</source>
        <translation>提交实验：以你的姓名或学号命名，把一份副本保存到教师指定的文件夹</translation>
    </message>
    <message>
        <source>Cannot submit</source>
        <translation>无法提交</translation>
    </message>
    <message>
        <source>VirtLab could not write your submission.
File: %1
Problem: %2</source>
        <translation>VirtLab 无法写入你提交的文件。
文件：%1
问题：%2</translation>
    </message>
    <message>
        <source>Submitted the lab as %1</source>
        <translation>实验已提交为 %1</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Your lab was handed in as:
%1
You can submit again: the new copy replaces it.</source>
        <translation>你的实验已提交为：
%1
可以再次提交：新的副本会替换它。</translation>
    </message>
    <message>
        <source>Submit Lab</source>
        <translation>提交实验</translation>
    </message>
    <message>
        <source>Your name or student ID (asked once, used in the file name):</source>
        <translation>你的姓名或学号（只问一次，用于文件名）：</translation>
    </message>
    <message>
        <source>Choose the folder your instructor gave for submissions</source>
        <translation>选择教师指定的提交文件夹</translation>
    </message>
</context>
<context>
    <name>SwitchBox</name>
    <message>
        <source>Virtual switch</source>
        <translation>虚拟交换机</translation>
    </message>
    <message>
        <source>Bridged (on the LAN): %1</source>
        <translation>桥接（接入局域网）：%1</translation>
    </message>
    <message>
        <source>NAT (reaches out through the host): %1</source>
        <translation>NAT（通过主机访问外部）：%1</translation>
    </message>
    <message>
        <source>Host-only (private to this host): %1</source>
        <translation>仅主机（此主机私有）：%1</translation>
    </message>
    <message>
        <source>Host network stack (containers): %1</source>
        <translation>主机网络协议栈（容器）：%1</translation>
    </message>
    <message>
        <source>No guests are plugged in yet.</source>
        <translation>还没有客户机接入。</translation>
    </message>
    <message>
        <source>Guests on the same network of this host talk through the switch, without touching the physical NIC.</source>
        <translation>此主机上同一网络中的客户机通过虚拟交换机通信，不经过物理网卡。</translation>
    </message>
    <message>
        <source>SR-IOV: %1 of %2 virtual functions in use</source>
        <translation>SR-IOV：已使用 %1 / %2 个虚拟功能</translation>
    </message>
</context>
<context>
    <name>Transition</name>
    <message>
        <source>Live migration to %1: paused for the last copy</source>
        <translation>热迁移到 %1：暂停以完成最后一轮复制</translation>
    </message>
    <message>
        <source>Live migration to %1: copying memory</source>
        <translation>热迁移到 %1：正在复制内存</translation>
    </message>
    <message>
        <source>Pulling image layers from the registry</source>
        <translation>正在从仓库拉取镜像层</translation>
    </message>
    <message>
        <source>Booting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Starting container</source>
        <translation>正在启动容器</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to VirtLab</source>
        <translation>欢迎使用 VirtLab</translation>
    </message>
    <message>
        <source>1. The Palette (bottom left) holds VM templates and container images.</source>
        <translation>1. 左下方的“模板面板”里有虚拟机模板和容器镜像。</translation>
    </message>
    <message>
        <source>2. Drag one onto a host in the Library (top left) or onto a host&apos;s tab, then power it on.</source>
        <translation>2. 把其中一个拖到左上方“库”中的某台主机上，或拖到主机的标签页上，然后开机。</translation>
    </message>
    <message>
        <source>3. The Lab panel (right) lists the open lab&apos;s goals; they tick as you reach them. Help → Labs lists every lab in course order.</source>
        <translation>3. 右侧的“实验”面板列出当前实验的目标，达成后会自动打勾。“帮助 → 实验”按课程顺序列出全部实验。</translation>
    </message>
    <message>
        <source>Right-click anything for what you can do with it; the Learn panel explains what you select.</source>
        <translation>右键单击任何对象可查看能对它进行的操作；“学习”面板会解释你选中的内容。</translation>
    </message>
    <message>
        <source>Got It</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>Workloads</name>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>CPU-bound computation</source>
        <translation>CPU 密集型计算</translation>
    </message>
    <message>
        <source>system-call heavy (OS-bound)</source>
        <translation>大量系统调用（操作系统密集）</translation>
    </message>
    <message>
        <source>page-table heavy (MMU-bound)</source>
        <translation>大量页表操作（MMU 密集）</translation>
    </message>
    <message>
        <source>memory bandwidth</source>
        <translation>内存带宽</translation>
    </message>
    <message>
        <source>sequential disk I/O</source>
        <translation>顺序磁盘 I/O</translation>
    </message>
    <message>
        <source>random disk I/O</source>
        <translation>随机磁盘 I/O</translation>
    </message>
    <message>
        <source>network throughput</source>
        <translation>网络吞吐量</translation>
    </message>
    <message>
        <source>network latency</source>
        <translation>网络延迟</translation>
    </message>
    <message>
        <source>web server</source>
        <translation>Web 服务器</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
</context>
</TS>
