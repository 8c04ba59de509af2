<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
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
    <name>FollowUpList</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
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
    <name>JourneyCard</name>
    <message numerus="yes">
        <source>%n person(s) moved forward in the last 90 days</source>
        <translation>
            <numerusform>%n person moved forward in the last 90 days</numerusform>
            <numerusform>%n people moved forward in the last 90 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleListPanel</name>
    <message numerus="yes">
        <source>%n person(s)</source>
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
        <source>%n moment(s) shared with others will stay in the others' stories.</source>
        <translation>
            <numerusform>%n moment shared with others will stay in the others' stories.</numerusform>
            <numerusform>%n moments shared with others will stay in the others' stories.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuietPeopleList</name>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Show %n more</numerusform>
            <numerusform>Show %n more</numerusform>
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
    <message numerus="yes">
        <source>%n day(s) past</source>
        <translation>
            <numerusform>%n day past</numerusform>
            <numerusform>%n days past</numerusform>
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