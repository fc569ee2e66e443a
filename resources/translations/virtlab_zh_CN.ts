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
        <source>Docker, network: %1</source>
        <translation>Docker，网络：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
        <source>One Ubuntu guest on a rack server, on every stack. Measured: %1 (%2). Bars: speed relative to native hardware, and how much longer the work takes, split by the layer that costs the time.</source>
        <translation>同一台机架式服务器上的一个 Ubuntu 客户机，分别运行在每种架构上。测量项目：%1（%2）。条形图：相对原生硬件的速度，以及工作多花的时间，按耗时的层次拆分。</translation>
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
        <source>Exported %s to one file</source>
        <translation>已将 %s 导出为一个文件</translation>
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
        <source>File: %1
This lab has %2 hosts; the window opens labs of up to %3 hosts and %4 guests, so that it stays responsive. Larger labs run headless: virtlab-sim run FILE.</source>
        <translation>文件：%1
这个实验有 %2 台主机；为保持响应流畅，窗口最多打开 %3 台主机、%4 台客户机的实验。更大的实验请在无界面模式下运行：virtlab-sim run FILE。</translation>
    </message>
    <message>
        <source>File: %1
This lab has %2 guests; the window opens labs of up to %3 hosts and %4 guests, so that it stays responsive. Larger labs run headless: virtlab-sim run FILE.</source>
        <translation>文件：%1
这个实验有 %2 台客户机；为保持响应流畅，窗口最多打开 %3 台主机、%4 台客户机的实验。更大的实验请在无界面模式下运行：virtlab-sim run FILE。</translation>
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
        <source>Add %1 to %2</source>
        <translation>将 %1 添加到 %2</translation>
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
</context>
<context>
    <name>GuestCard</name>
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
        <source>%1 on %2 (%3)</source>
        <translation>%1，运行于 %2（%3）</translation>
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
        <source>%s:</source>
        <translation>%s：</translation>
    </message>
    <message>
        <source>used</source>
        <translation>已使用</translation>
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
        <source>%s is already off.</source>
        <translation>%s 已经关机。</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
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
        <source>Layers: %s</source>
        <translation>层次：%s</translation>
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
    <name>LabPanel</name>
    <message>
        <source>any host</source>
        <translation>任意主机</translation>
    </message>
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
        <source>CPU of %1 stays below %3 % for %4 s</source>
        <translation>%1 的 CPU 保持在 %3 % 以下达 %4 秒</translation>
    </message>
    <message>
        <source>Image %3 is pulled to %1</source>
        <translation>镜像 %3 已拉取到 %1</translation>
    </message>
    <message>
        <source>At least %2 guests reach %3 % of native speed on %1</source>
        <translation>%1 上至少 %2 台客户机达到原生速度的 %3 %</translation>
    </message>
    <message>
        <source>%3 of %1 rises above %4</source>
        <translation>%1 的%3超过 %4</translation>
    </message>
    <message>
        <source>Guest %3 runs on %1</source>
        <translation>客户机 %3 运行在 %1 上</translation>
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
        <source>Lab complete: all %1 goals met</source>
        <translation>实验完成：%1 个目标全部达成</translation>
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
        <source>hardware-assisted (VT-x / AMD-V)</source>
        <translation>硬件辅助虚拟化（VT-x / AMD-V）</translation>
    </message>
    <message>
        <source>hardware-assisted with EPT/NPT</source>
        <translation>硬件辅助虚拟化，使用 EPT/NPT</translation>
    </message>
    <message>
        <source>hardware-assisted, shadow page tables</source>
        <translation>硬件辅助虚拟化，使用影子页表</translation>
    </message>
    <message>
        <source>Binary translation</source>
        <translation>二进制翻译</translation>
    </message>
    <message>
        <source>Paravirtualized</source>
        <translation>半虚拟化</translation>
    </message>
    <message>
        <source>Hardware assist + EPT/NPT</source>
        <translation>硬件辅助 + EPT/NPT</translation>
    </message>
    <message>
        <source>Hardware assist, shadow paging</source>
        <translation>硬件辅助，影子页表</translation>
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
        <source>Hardware-assisted virtualization</source>
        <translation>硬件辅助虚拟化</translation>
    </message>
    <message>
        <source>EPT/NPT versus shadow page tables</source>
        <translation>EPT/NPT 与影子页表</translation>
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
        <source>The real machine: CPU cores, memory, disks and network cards. Every layer above it shares these, so whatever a layer spends is missing for the guests. Whether the CPU has VT-x/AMD-V and EPT/NPT decides which stacks and techniques are possible on it; an old laptop without them cannot run KVM.</source>
        <translation>真实的机器：CPU 核心、内存、磁盘和网卡。上面的每一层都共享这些资源，任何一层消耗的资源，客户机就少用一份。CPU 是否支持 VT-x/AMD-V 和 EPT/NPT，决定了它能采用哪些架构和虚拟化技术；不支持这些扩展的旧笔记本电脑无法运行 KVM。</translation>
    </message>
    <message>
        <source>An ordinary operating system (Linux or Windows) that owns the hardware and its drivers. In a hosted stack every guest disk or network request ends up as a request to this OS, which is why hosted I/O is slow. Under KVM the host kernel itself schedules the VMs, and under Docker it runs the containers&apos; processes directly.</source>
        <translation>普通的操作系统（Linux 或 Windows），掌管硬件及其驱动。在寄居架构中，客户机的每个磁盘或网络请求最终都变成对这个操作系统的请求，所以寄居虚拟化的 I/O 较慢。在 KVM 下，宿主机内核亲自调度虚拟机；在 Docker 下，它直接运行容器中的进程。</translation>
    </message>
    <message>
        <source>The virtual machine monitor of a hosted stack is an application, like VMware Workstation or VirtualBox. It traps the guest&apos;s privileged work and switches between the guest and the host OS whenever a timer, interrupt or page fault needs the host. These world switches are the extra cost of type 2 over type 1: two operating systems have to cooperate for each device access.</source>
        <translation>寄居架构中的虚拟机监视器是一个应用程序，例如 VMware Workstation 或 VirtualBox。它捕获客户机的特权操作，每当定时器、中断或缺页需要宿主机处理时，就在客户机和宿主机操作系统之间切换。这种“世界切换”就是 2 型比 1 型多出的开销：每次访问设备都需要两个操作系统协作完成。</translation>
    </message>
    <message>
        <source>A thin kernel installed directly on the hardware (ESXi, Xen, Hyper-V, FusionSphere). It schedules the VMs&apos; vCPUs and handles their traps without a general-purpose OS underneath. That is why type 1 is faster than type 2, but it also means the hypervisor needs its own drivers and its own management console.</source>
        <translation>直接安装在硬件上的精简内核（ESXi、Xen、Hyper-V、FusionSphere）。它调度虚拟机的 vCPU 并处理它们的陷入，下面没有通用操作系统。因此 1 型比 2 型更快，但这也意味着 Hypervisor 需要自带驱动和管理控制台。</translation>
    </message>
    <message>
        <source>Xen&apos;s Dom0 (Hyper-V&apos;s root partition) is a privileged VM that owns the real device drivers and runs the management tools. The other guests (DomU) send their I/O through split drivers to backends in Dom0. So Dom0 uses CPU and memory of its own, and a busy Dom0 slows every guest&apos;s I/O.</source>
        <translation>Xen 的 Dom0（Hyper-V 中称为根分区）是一台特权虚拟机，掌管真实的设备驱动并运行管理工具。其他客户机（DomU）通过分离驱动把 I/O 发送到 Dom0 中的后端。因此 Dom0 自身要占用 CPU 和内存，Dom0 繁忙时所有客户机的 I/O 都会变慢。</translation>
    </message>
    <message>
        <source>KVM is a module that turns the Linux kernel into a hypervisor: each VM is a normal Linux process, and each vCPU a thread that the kernel schedules. It relies on VT-x/AMD-V to run guest code directly, so it needs a CPU with hardware virtualization. Device work is left to QEMU in user space.</source>
        <translation>KVM 是一个内核模块，它把 Linux 内核变成 Hypervisor：每台虚拟机是一个普通的 Linux 进程，每个 vCPU 是由内核调度的一个线程。它依靠 VT-x/AMD-V 直接运行客户机代码，因此需要支持硬件虚拟化的 CPU。设备相关的工作交给用户态的 QEMU。</translation>
    </message>
    <message>
        <source>Under KVM each VM has its own QEMU process, which emulates the devices the guest sees: disks, network cards, a BIOS. Every emulated I/O operation crosses from the guest to the kernel to QEMU and back, which is why random disk I/O under KVM reaches only about half of native. virtio and vhost shorten this path.</source>
        <translation>在 KVM 下，每台虚拟机都有自己的 QEMU 进程，模拟客户机看到的设备：磁盘、网卡、BIOS。每次模拟的 I/O 操作都要从客户机到内核、再到 QEMU，然后原路返回，因此 KVM 下的随机磁盘 I/O 只能达到原生的一半左右。virtio 和 vhost 可以缩短这条路径。</translation>
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
        <source>A complete operating system running inside a VM, with its own kernel. It boots like on a real PC, which takes seconds to minutes, and it believes it owns the hardware. How its privileged instructions reach the real CPU depends on the technique: binary translation, paravirtualization or hardware assist.</source>
        <translation>运行在虚拟机中的完整操作系统，拥有自己的内核。它像在真实电脑上一样启动，需要几秒到几分钟，并且认为自己独占硬件。它的特权指令如何到达真实 CPU，取决于所用的技术：二进制翻译、半虚拟化或硬件辅助。</translation>
    </message>
    <message>
        <source>A container is a group of processes that the host kernel isolates with namespaces and limits with cgroups. There is no second kernel, so CPU, memory and disk run at native speed and a container starts in well under a second. The price is weaker isolation, and a Linux container needs a Linux kernel underneath.</source>
        <translation>容器是一组进程，由宿主机内核用命名空间隔离、用 cgroups 限制资源。没有第二个内核，因此 CPU、内存和磁盘都以原生速度运行，容器不到一秒就能启动。代价是隔离性较弱，而且 Linux 容器底下必须有 Linux 内核。</translation>
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
        <source>The hypervisor is installed on the hardware itself, with no host OS (ESXi, Xen, Hyper-V, FusionSphere). Guests reach the CPU and devices through one thin layer, so they run faster than under a hosted VMM. It takes over the whole machine and is managed from a console or a management VM such as Xen&apos;s Dom0.</source>
        <translation>Hypervisor 直接安装在硬件上，没有宿主机操作系统（ESXi、Xen、Hyper-V、FusionSphere）。客户机只经过一层很薄的软件就能访问 CPU 和设备，因此比在寄居式虚拟机监视器下运行得更快。它接管整台机器，通过控制台或管理虚拟机（如 Xen 的 Dom0）进行管理。</translation>
    </message>
    <message>
        <source>A normal Linux kernel gains hypervisor powers from a module (KVM), and a user-space emulator (QEMU) provides each VM&apos;s devices. It combines the speed of type 1 with the drivers and tools of an ordinary OS. It needs VT-x/AMD-V in the CPU.</source>
        <translation>普通的 Linux 内核通过一个内核模块（KVM）获得 Hypervisor 的能力，再由用户态模拟器（QEMU）为每台虚拟机提供设备。它兼具 1 型的速度和普通操作系统的驱动与工具。它要求 CPU 支持 VT-x/AMD-V。</translation>
    </message>
    <message>
        <source>A host OS runs a container engine (Docker). Containers share the host&apos;s kernel instead of booting their own, so they cost almost nothing in speed and start in a fraction of a second. They cannot run a different kernel: a Linux container on a Windows host needs a Linux VM.</source>
        <translation>宿主机操作系统运行容器引擎（Docker）。容器共享宿主机内核，不需要启动自己的内核，因此几乎没有性能损失，并能在零点几秒内启动。容器不能运行不同的内核：在 Windows 主机上运行 Linux 容器需要一台 Linux 虚拟机。</translation>
    </message>
    <message>
        <source>The guest OS runs unmodified. The VMM scans its kernel code and rewrites (translates) the privileged instructions into safe ones before they run. User programs run at full speed, but system calls, page faults and process creation pay for the translation.</source>
        <translation>客户机操作系统无需修改即可运行。虚拟机监视器扫描其内核代码，在执行前把特权指令改写（翻译）成安全的指令。用户程序全速运行，但系统调用、缺页和创建进程都要为翻译付出代价。</translation>
    </message>
    <message>
        <source>The guest kernel is modified to know it is virtualized: instead of privileged instructions it makes hypercalls to the hypervisor, and it batches its page-table updates. This is very fast (Xen&apos;s original design), but only an OS whose kernel can be changed can do it: Windows cannot be a paravirtualized guest.</source>
        <translation>客户机内核经过修改，知道自己运行在虚拟化环境中：它不执行特权指令，而是向 Hypervisor 发出超级调用，并批量提交页表更新。这种方式非常快（Xen 最初的设计），但只有内核可以修改的操作系统才能这样做：Windows 不能作为半虚拟化客户机。</translation>
    </message>
    <message>
        <source>The CPU itself (Intel VT-x, AMD-V) gives the guest its own mode: guest code runs directly, and the CPU exits to the hypervisor only on sensitive events. The guest is unmodified and no translation is needed. With EPT/NPT for memory it is the fastest general technique; without, page-table work is slow.</source>
        <translation>CPU 本身（Intel VT-x、AMD-V）为客户机提供专用的运行模式：客户机代码直接执行，只有遇到敏感事件时 CPU 才退出到 Hypervisor。客户机无需修改，也不需要翻译。配合用于内存的 EPT/NPT，它是最快的通用技术；没有 EPT/NPT 时，页表操作很慢。</translation>
    </message>
    <message>
        <source>A guest has its own page tables, but the real MMU needs addresses of real memory. Without hardware help the hypervisor keeps shadow page tables and must trap every guest page-table change. EPT (Intel) and NPT (AMD) let the CPU walk both levels itself, which makes page faults and process creation several times faster.</source>
        <translation>客户机有自己的页表，但真实的 MMU 需要的是真实内存的地址。没有硬件帮助时，Hypervisor 要维护影子页表，并捕获客户机对页表的每一次修改。EPT（Intel）和 NPT（AMD）让 CPU 自己完成两级地址转换，使缺页处理和进程创建快好几倍。</translation>
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
        <source>VMs that run the same OS hold many identical memory pages. The hypervisor finds them, keeps one read-only copy and frees the others (VMware&apos;s transparent page sharing, KVM&apos;s KSM). This lets the host run more VMs than its memory would otherwise allow.</source>
        <translation>运行相同操作系统的虚拟机有许多完全相同的内存页。Hypervisor 找出这些页，只保留一份只读副本并释放其余的（VMware 的透明页面共享、KVM 的 KSM）。这让主机能运行比内存本来所能容纳的更多的虚拟机。</translation>
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
        <source>A new language takes effect when VirtLab is started again.</source>
        <translation>新的语言将在重新启动 VirtLab 后生效。</translation>
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
        <source>{host} still holds {count} container(s), which need a container engine. Move or delete them first.</source>
        <translation>{host} 上还有 {count} 个容器，它们需要容器引擎。请先移走或删除这些容器。</translation>
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
        <source>{os} cannot be a paravirtualized guest: its kernel cannot be modified to use hypercalls.</source>
        <translation>{os} 不能作为半虚拟化客户机：无法修改其内核来使用超级调用。</translation>
    </message>
    <message>
        <source>{product} does not offer {technique} virtualization; it offers {choices}.</source>
        <translation>{product} 不支持{technique}，只支持{choices}。</translation>
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
        <source>{host} runs no hypervisor. Make it hosted, bare-metal or hybrid to run VMs.</source>
        <translation>{host} 没有运行 Hypervisor。要运行虚拟机，请把它设为寄居、裸金属或混合虚拟化。</translation>
    </message>
    <message>
        <source>{host} is a container host; containers share its kernel, VMs need a hypervisor.</source>
        <translation>{host} 是容器主机：容器共享它的内核，而虚拟机需要 Hypervisor。</translation>
    </message>
    <message>
        <source>A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. Put the container in a Linux VM, or use a container host.</source>
        <translation>Linux 容器需要共享 Linux 内核，而 {host} 运行的是裸金属 Hypervisor。请把容器放进 Linux 虚拟机，或使用容器主机。</translation>
    </message>
    <message>
        <source>{host} runs no container engine. Make it a container host to run containers.</source>
        <translation>{host} 没有运行容器引擎。要运行容器，请把它设为容器主机。</translation>
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
        <source>{guest} is a container: its processes live in the host&apos;s kernel, so it cannot be live-migrated. Stop it, move it, and start it again.</source>
        <translation>{guest} 是容器：它的进程运行在宿主机内核中，因此无法热迁移。请先停止它，移动后再重新启动。</translation>
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
        <source>{workload} is not a workload VirtLab knows.</source>
        <translation>{workload} 不是 VirtLab 认识的工作负载。</translation>
    </message>
    <message>
        <source>A VM cannot become a container or the reverse.</source>
        <translation>虚拟机不能变成容器，容器也不能变成虚拟机。</translation>
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
</context>
<context>
    <name>ReasonWord</name>
    <message>
        <source>full</source>
        <translation>全虚拟化</translation>
    </message>
    <message>
        <source>para</source>
        <translation>半虚拟化</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>硬件辅助虚拟化</translation>
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
        <source>A container has no kernel of its own: it starts like a process and needs only its application&apos;s memory, but a fault in the shared kernel stops every container on the host. A VM boots a whole OS and keeps its own kernel.</source>
        <translation>容器没有自己的内核：它像进程一样启动，只需要应用程序本身的内存，但共享内核一旦出错，主机上的所有容器都会停止。虚拟机要启动完整的操作系统，并保有自己的内核。</translation>
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
        <source>Snapshot Manager — %s</source>
        <translation>快照管理器 — %s</translation>
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
    <message>
        <source>%1 hosts · %2 of %3 guests running</source>
        <translation>%1 台主机 · %3 台客户机中 %2 台运行中</translation>
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
