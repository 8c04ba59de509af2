<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ComingPage</name>
    <message>
        <source>This page is not built yet in this version of Relnote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatePickerDialog</name>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Relnote keeps running in the tray to remind you. Quit from the tray menu or with Ctrl+Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are expecting to hear from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Three gratitudes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made your day better? Write tonight&apos;s three gratitudes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) today.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Change the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: what you will bring them, or what they asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up always has a reason: we never call without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are expecting to hear from me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups they are waiting for come first on Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpRowWidget</name>
    <message>
        <source>Done: it becomes part of %1&apos;s story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they are expecting to hear from me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow, same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Daily goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the daily goal, weekends and the evening gratitude hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New people: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnections: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No daily goal yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a small one: meeting one new person a day is plenty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s goal is met. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet today&apos;s goal to keep it going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every streak starts with one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends don&apos;t break it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GratitudeLineEditor</name>
    <message>
        <source>Something, or someone, you are grateful for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratitude %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention someone in gratitude %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop mentioning %1 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three things from today, small or large. Mention the people involved: the line joins their story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did today teach you? Who would you like to help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every open follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up this day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyCard</name>
    <message>
        <source>The journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where clients came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) moved forward in the last 90 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>introduced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they reached out first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I reached out first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we reached out to each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no moment logged yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogMomentDialog</name>
    <message>
        <source>Log a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reached out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleChooser</name>
    <message>
        <source>Type a name to add someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected person from this moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleListPanel</name>
    <message>
        <source>Search by name, organisation, e-mail or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by last moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the people you archived instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notebook is empty.
Add the first person you met: a name and where you met is enough (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches this search or filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Their profile and %n moment(s) shared only with them will be deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) shared with others will stay in the others&apos; stories.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonLink</name>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>Log a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a moment with this person (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move out of your list; you can undo or restore it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeSettingsDialog</name>
    <message>
        <source>Daily practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New people a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnections a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends don&apos;t break the streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening gratitude from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet &amp;new people:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small and steady: a goal you meet most days is worth more than a big one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening &amp;gratitude from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch with %1 every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch, by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s own rhythm wins. Without one, the shortest rhythm among their tags applies; the count restarts at each moment with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag people on the People page to give a tag a rhythm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. she asked a question after my talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When we met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name from your notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one introduced us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas, e.g. coach, Lyon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I could help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I could help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a display name; the previous one is kept until you type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickAddDialog</name>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Claire Martin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the coworking breakfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where we met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is enough for now; the rest can come later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Jump to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, an organisation, an e-mail, a tag or a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a person or a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you saw last, and the pages. Type to find anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person or page matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to go there, Esc to stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuietPeopleList</name>
    <message>
        <source>No one is going quiet. Give people a rhythm (every N days) on their profile, or per tag in the daily practice settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuietPersonRow</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(from a tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last moment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no moment yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a moment with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a follow-up with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a morning summary of the day&apos;s follow-ups at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning summary hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold notifications back from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups remind you when they come due; the evening gratitude prompt follows the hour chosen in your daily practice (Today page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Relnote when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available on this system yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start hidden in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps Relnote in the tray when your desktop has one. A new language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notebook lives in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search words or names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date to jump to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratitudes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 back in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening is here. Before the day ends: three things, or three people, you are grateful for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write my three gratitudes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due today. A calm day to meet someone new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>Relnote — %n follow-up(s) due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Relnote — nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Relnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write gratitude…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done or snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For one hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Relnote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>The last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratitudes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over %1 weeks: %2 new people, %3 moments, %4 gratitudes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ContactRow</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
