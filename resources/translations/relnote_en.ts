<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleListPanel</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
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
        <source>%n moment(s) shared with others will stay in the others&apos; stories.</source>
        <translation>
            <numerusform>%n moment shared with others will stay in the others&apos; stories.</numerusform>
            <numerusform>%n moments shared with others will stay in the others&apos; stories.</numerusform>
        </translation>
    </message>
</context>
</TS>
