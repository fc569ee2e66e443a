<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message numerus="yes">
        <source>Power on %n guest(s)</source>
        <translation>
            <numerusform>Power on %n guest</numerusform>
            <numerusform>Power on %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power off %n guest(s)</source>
        <translation>
            <numerusform>Power off %n guest</numerusform>
            <numerusform>Power off %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n guest(s)</source>
        <translation>
            <numerusform>Suspend %n guest</numerusform>
            <numerusform>Suspend %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n guest(s)</source>
        <translation>
            <numerusform>Reset %n guest</numerusform>
            <numerusform>Reset %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Delete %n object</numerusform>
            <numerusform>Delete %n objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Drops</name>
    <message numerus="yes">
        <source>Move %n guest(s) to %1</source>
        <translation>
            <numerusform>Move %n guest to %1</numerusform>
            <numerusform>Move %n guests to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostTab</name>
    <message numerus="yes">
        <source>Guests on this host (%n)</source>
        <translation>
            <numerusform>Guests on this host (%n)</numerusform>
            <numerusform>Guests on this host (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%1: %n guest(s) for %2</source>
        <translation>
            <numerusform>%1: %n guest for %2</numerusform>
            <numerusform>%1: %n guests for %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <source>Added %n new host(s) holding %1.</source>
        <translation>
            <numerusform>Added %n new host holding %1.</numerusform>
            <numerusform>Added %n new hosts holding %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n guest(s).</source>
        <translation>
            <numerusform>Added %n guest.</numerusform>
            <numerusform>Added %n guests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) could not be added: see the end of the report.</source>
        <translation>
            <numerusform>%n guest could not be added: see the end of the report.</numerusform>
            <numerusform>%n guests could not be added: see the end of the report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiMenu</name>
    <message numerus="yes">
        <source>Power On %n Guest(s)</source>
        <translation>
            <numerusform>Power On %n Guest</numerusform>
            <numerusform>Power On %n Guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power Off %n Guest(s)</source>
        <translation>
            <numerusform>Power Off %n Guest</numerusform>
            <numerusform>Power Off %n Guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power on %n guest(s)</source>
        <translation>
            <numerusform>Power on %n guest</numerusform>
            <numerusform>Power on %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power off %n guest(s)</source>
        <translation>
            <numerusform>Power off %n guest</numerusform>
            <numerusform>Power off %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Object(s)</source>
        <translation>
            <numerusform>Delete %n Object</numerusform>
            <numerusform>Delete %n Objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Delete %n object</numerusform>
            <numerusform>Delete %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Guest(s) To</source>
        <translation>
            <numerusform>Move %n Guest To</numerusform>
            <numerusform>Move %n Guests To</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message numerus="yes">
        <source>Power off the %n guest(s) on {host} before changing how it is virtualized.</source>
        <translation>
            <numerusform>Power off the %n guest on {host} before changing how it is virtualized.</numerusform>
            <numerusform>Power off the %n guests on {host} before changing how it is virtualized.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{host} still holds %n VM(s); a {mode} host cannot run them. Move or delete them first.</source>
        <translation>
            <numerusform>{host} still holds %n VM; a {mode} host cannot run it. Move or delete it first.</numerusform>
            <numerusform>{host} still holds %n VMs; a {mode} host cannot run them. Move or delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{host} still holds %n container(s), which need a Linux kernel with a container engine (a container host or a KVM host). Move or delete them first.</source>
        <translation>
            <numerusform>{host} still holds %n container, which needs a Linux kernel with a container engine (a container host or a KVM host). Move or delete it first.</numerusform>
            <numerusform>{host} still holds %n containers, which need a Linux kernel with a container engine (a container host or a KVM host). Move or delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{vm} runs %n container(s); delete them with it, or delete them first.</source>
        <translation>
            <numerusform>{vm} runs %n container; delete it along with {vm}, or delete it first.</numerusform>
            <numerusform>{vm} runs %n containers; delete them with it, or delete them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message numerus="yes">
        <source>The VMs to delete run %n container(s) inside them. Delete those containers with them? (Undo brings all back.)</source>
        <translation>
            <numerusform>The VMs to delete run %n container inside them. Delete those containers with them? (Undo brings all back.)</numerusform>
            <numerusform>The VMs to delete run %n containers inside them. Delete those containers with them? (Undo brings all back.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n guest(s) running</source>
        <translation>
            <numerusform>%1 of %n guest running</numerusform>
            <numerusform>%1 of %n guests running</numerusform>
        </translation>
    </message>
</context>
</TS>
