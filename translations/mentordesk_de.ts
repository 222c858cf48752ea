<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Choices</name>
    <message>
        <source>Own storefront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-driven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intuitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>MentorDesk — the desk for marketplace seller-mentorship programs.

Subcommands (run without a window):
  generate   build a marketplace-scale program file for benchmarks (see &apos;mentordesk generate --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the program file &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo program (created from a fixed seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window as an image &lt;file&gt; once shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show workspace &lt;n&gt; first (0 sellers, 1 mentors, 2 cohorts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional subcommand: generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Run &apos;mentordesk --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available in this version of MentorDesk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;mentordesk --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --database cannot be used together: the demo has its own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no program file at &apos;%1&apos;. Check the path, or start MentorDesk without --database and choose File &gt; New Program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProgram</name>
    <message>
        <source>MentorDesk could not create the demo program (%1). The program file was left as it was; try again with a new, empty program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid date for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program already has records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProgramFile</name>
    <message>
        <source>“%1” is a real program, not the demo; MentorDesk will not replace it. Choose another file for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo program could not be saved as “%1”. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Seller ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory complexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stipend/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roundtable day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>mentordesk generate: --%1 needs a whole number of at least %2, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds a marketplace-scale program file for benchmarks: sellers with metric snapshots, mentors, pairings and touchpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new program file to write (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sellers (default 1000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of mentors (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of touchpoints (default 10000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly metric snapshots per seller (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentordesk generate: %1. Run &apos;mentordesk generate --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentordesk generate: unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentordesk generate: say where to write the program with --database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentordesk generate: &apos;%1&apos; already exists; it is left alone. Choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentordesk generate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentordesk generate: %1 Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 sellers, %3 mentors, %4 touchpoints in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MentorDesk programs (*.mentordesk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketplaceGenerator</name>
    <message>
        <source>A marketplace can only be generated into an open SQLite program file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A marketplace needs at least one seller and one mentor, and no negative counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program already has records; generate into a new program file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the marketplace failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramDatabase</name>
    <message>
        <source>MentorDesk cannot read “%1”: %2. Check that the file is readable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a MentorDesk program: it is not a database file. Choose a program file (*.mentordesk); this file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk cannot open “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). Restore it from a backup or a snapshot next to it; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a MentorDesk program. Choose a program file (*.mentordesk); this file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of MentorDesk (program format %2; this version reads up to %3). Install the latest MentorDesk to open it; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk cannot create the folder “%1”. Choose another location for the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk cannot prepare “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk could not save a safety copy of “%1” before upgrading it (%2). Free some disk space and try again; the program was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk could not upgrade “%1” to program format %2 (%3). The program was left as it was; a safety copy is at “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create the demo program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordGraph</name>
    <message numerus="yes">
        <source>%n cohort membership(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric snapshot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict-of-interest disclosure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairing(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n roundtable touchpoint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is mentoring %n seller(s) right now. End or re-match those pairings first; then the mentor can be deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordRepository</name>
    <message>
        <source>Another record already has this value; it must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is outside what this field allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records still refer to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another MentorDesk window or process is writing to this program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program file is read-only; open a copy you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field of this record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::AddRecordCommand</name>
    <message>
        <source>Add record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::AddRecordDialog</name>
    <message>
        <source>Add seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has this %2. Each record needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already uses the e-mail address %2. Add this record anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::AuditTableModel</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record created or restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::DeleteRecordCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::DetailPanel</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::FacetModel</name>
    <message>
        <source>All: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::FieldSpec</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address; use the form name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a calendar date; use the form 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the choices for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::MainWindow</name>
    <message>
        <source>Sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program was upgraded to the current format; a safety copy of the old file is at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new, empty program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose File ▸ Open Program to open it, or pick a new name for the new program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the demo program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;The desk for coordinators of marketplace seller-mentorship programs: pair new sellers with experienced operators, keep the pairs working, and prove the program&apos;s impact.&lt;/p&gt;&lt;p&gt;Program file format %2. Built with Qt %3.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the MentorDesk developers. Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::MetricComparisonModel</name>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price competitiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::PagedTableModel</name>
    <message>
        <source>The records could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — this column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — click to sort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::PairingTableModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::ProgramEditor</name>
    <message>
        <source>This field is calculated and cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field of this record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::RecentPrograms</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::SetFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::WorkspaceView</name>
    <message>
        <source>Search shop, contact, e-mail or seller ID  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, e-mail or category  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, focus or notes  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only records with this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a record (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be sorted; sortable columns say so in their tooltip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”. Edit ▸ Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1” also deletes:

• %2

Edit ▸ Undo brings all of it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
