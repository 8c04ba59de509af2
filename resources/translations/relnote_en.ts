<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BackupsPanel</name>
    <message numerus="yes">
        <source>Backed up %n person(s).</source>
        <translation>
            <numerusform>Backed up %n person.</numerusform>
            <numerusform>Backed up %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back the notebook as it was on %1, with %n person(s)?</source>
        <translation>
            <numerusform>Put back the notebook as it was on %1, with %n person?</numerusform>
            <numerusform>Put back the notebook as it was on %1, with %n people?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedNotebookDialog</name>
    <message numerus="yes">
        <source>The newest sound backup is from %1 and holds %n person(s). Restoring it keeps the damaged file as a backup too, so nothing is thrown away.</source>
        <translation>
            <numerusform>The newest sound backup is from %1 and holds %n person. Restoring it keeps the damaged file as a backup too, so nothing is thrown away.</numerusform>
            <numerusform>The newest sound backup is from %1 and holds %n people. Restoring it keeps the damaged file as a backup too, so nothing is thrown away.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) today.</source>
        <translation>
            <numerusform>%n follow-up today.</numerusform>
            <numerusform>%n follow-ups today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message numerus="yes">
        <source>Exported %Ln person(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln person to %1.</numerusform>
            <numerusform>Exported %Ln people to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln moment(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln moment to %1.</numerusform>
            <numerusform>Exported %Ln moments to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln journal entry(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln journal entry to %1.</numerusform>
            <numerusform>Exported %Ln journal entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln open follow-up(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln open follow-up to %1.</numerusform>
            <numerusform>Exported %Ln open follow-ups to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln follow-up(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln follow-up to %1.</numerusform>
            <numerusform>Exported %Ln follow-ups to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n year(s) ago</source>
        <translation>
            <numerusform>more than %n year ago</numerusform>
            <numerusform>more than %n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrowingList</name>
    <message numerus="yes">
        <source>Show %Ln more</source>
        <translation>
            <numerusform>Show %Ln more</numerusform>
            <numerusform>Show %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln in all)</source>
        <translation>
            <numerusform>(%Ln in all)</numerusform>
            <numerusform>(%Ln in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing will be imported as it is.</source>
        <translation>
            <numerusform>%n row cannot be imported, so nothing will be imported as it is.</numerusform>
            <numerusform>%n rows cannot be imported, so nothing will be imported as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix the file and choose it again, or import the %Ln remaining row(s) and skip the ones listed:</source>
        <translation>
            <numerusform>Fix the file and choose it again, or import the %Ln remaining row and skip the ones listed:</numerusform>
            <numerusform>Fix the file and choose it again, or import the %Ln remaining rows and skip the ones listed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the file may already be in your notebook. Merge fills their empty fields and adds e-mails, phones, tags and notes; skip leaves the row out; add anyway creates another person.</source>
        <translation>
            <numerusform>%n person in the file may already be in your notebook. Merge fills their empty fields and adds e-mails, phones, tags and notes; skip leaves the row out; add anyway creates another person.</numerusform>
            <numerusform>%n people in the file may already be in your notebook. Merge fills their empty fields and adds e-mails, phones, tags and notes; skip leaves the row out; add anyway creates another person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) added</source>
        <translation>
            <numerusform>%Ln person added</numerusform>
            <numerusform>%Ln people added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) already in your notebook completed (merged)</source>
        <translation>
            <numerusform>%Ln person already in your notebook completed (merged)</numerusform>
            <numerusform>%Ln people already in your notebook completed (merged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had other values in the file than in your notebook: yours are kept, and the file's are added to their notes</source>
        <translation>
            <numerusform>%Ln of them had other values in the file than in your notebook: yours are kept, and the file's are added to their notes</numerusform>
            <numerusform>%Ln of them had other values in the file than in your notebook: yours are kept, and the file's are added to their notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) already in your notebook left as they were (skipped)</source>
        <translation>
            <numerusform>%Ln person already in your notebook left as they were (skipped)</numerusform>
            <numerusform>%Ln people already in your notebook left as they were (skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems left out</source>
        <translation>
            <numerusform>%Ln row with problems left out</numerusform>
            <numerusform>%Ln rows with problems left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of contacts were not imported as people.</source>
        <translation>
            <numerusform>%Ln group of contacts were not imported as people.</numerusform>
            <numerusform>%Ln groups of contacts were not imported as people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyCard</name>
    <message numerus="yes">
        <source>%Ln person(s) moved forward in the last 90 days</source>
        <translation>
            <numerusform>%Ln person moved forward in the last 90 days</numerusform>
            <numerusform>%Ln people moved forward in the last 90 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more client(s), each from another introduction</source>
        <translation>
            <numerusform>… and %Ln more client, each from another introduction</numerusform>
            <numerusform>… and %Ln more clients, each from another introduction</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MomentEditing</name>
    <message numerus="yes">
        <source>“%1”, %2, with %3. It leaves their story(s) for good.</source>
        <translation>
            <numerusform>“%1”, %2, with %3. It leaves their story for good.</numerusform>
            <numerusform>“%1”, %2, with %3. It leaves their stories for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleListPanel</name>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>Their profile and %n moment(s) shared only with them will be deleted.</source>
        <translation>
            <numerusform>Their profile and %n moment shared only with them will be deleted.</numerusform>
            <numerusform>Their profile and %n moments shared only with them will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) shared with others will stay in the others' stories.</source>
        <translation>
            <numerusform>%n moment shared with others will stay in the others' stories.</numerusform>
            <numerusform>%n moments shared with others will stay in the others' stories.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuietPersonRow</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message numerus="yes">
        <source>Backed up %Ln person(s) to %1 (%2 KiB).</source>
        <translation>
            <numerusform>Backed up %Ln person to %1 (%2 KiB).</numerusform>
            <numerusform>Backed up %Ln people to %1 (%2 KiB).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moment(s)</source>
        <translation>
            <numerusform>%Ln moment</numerusform>
            <numerusform>%Ln moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s); nothing was imported:</source>
        <translation>
            <numerusform>%1 has %Ln problem; nothing was imported:</numerusform>
            <numerusform>%1 has %Ln problems; nothing was imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged with other values kept in their notes</source>
        <translation>
            <numerusform>%Ln merged with other values kept in their notes</numerusform>
            <numerusform>%Ln merged with other values kept in their notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s) skipped</source>
        <translation>
            <numerusform>%Ln invalid row skipped</numerusform>
            <numerusform>%Ln invalid rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) ignored</source>
        <translation>
            <numerusform>%Ln group ignored</numerusform>
            <numerusform>%Ln groups ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln journal entry(s)</source>
        <translation>
            <numerusform>%Ln journal entry</numerusform>
            <numerusform>%Ln journal entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>Relnote — %n follow-up(s) due</source>
        <translation>
            <numerusform>Relnote — %n follow-up due</numerusform>
            <numerusform>Relnote — %n follow-ups due</numerusform>
        </translation>
    </message>
</context>
</TS>