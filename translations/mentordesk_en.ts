<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnalyticsEngine</name>
    <message numerus="yes">
        <source>Only %n seller(s): too few to compare.</source>
        <translation>
            <numerusform>Only %n seller: too few to compare.</numerusform>
            <numerusform>Only %n sellers: too few to compare.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionList</name>
    <message numerus="yes">
        <source>%n planned touchpoint(s) not logged, the first on %1.</source>
        <translation>
            <numerusform>%n planned touchpoint not logged, on %1.</numerusform>
            <numerusform>%n planned touchpoints not logged, the first on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist item “%1” (day %2) was due on %3, and %n more are late.</source>
        <translation>
            <numerusform>Checklist item “%1” (day %2) was due on %3, and %n more is late.</numerusform>
            <numerusform>Checklist item “%1” (day %2) was due on %3, and %n more are late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist item “%1” (day %2) is due on %3, and %n more within 7 days.</source>
        <translation>
            <numerusform>Checklist item “%1” (day %2) is due on %3, and %n more within 7 days.</numerusform>
            <numerusform>Checklist item “%1” (day %2) is due on %3, and %n more within 7 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionListText</name>
    <message numerus="yes">
        <source>%n item(s) need attention.</source>
        <translation>
            <numerusform>%n item needs attention.</numerusform>
            <numerusform>%n items need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExportCommand</name>
    <message numerus="yes">
        <source>Wrote %n event(s) holding %1 touchpoint(s) to %2.</source>
        <translation>
            <numerusform>Wrote %n event holding %1 touchpoint(s) to %2.</numerusform>
            <numerusform>Wrote %n events holding %1 touchpoint(s) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarImportCommand</name>
    <message numerus="yes">
        <source>%1 added, %2 updated, %3 unchanged, %n not placed.</source>
        <translation>
            <numerusform>%1 added, %2 updated, %3 unchanged, %n not placed.</numerusform>
            <numerusform>%1 added, %2 updated, %3 unchanged, %n not placed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPrinter</name>
    <message numerus="yes">
        <source>… and %n more; narrow the filter or the period to print them.</source>
        <translation>
            <numerusform>… and %n more; narrow the filter or the period to print it.</numerusform>
            <numerusform>… and %n more; narrow the filter or the period to print them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message numerus="yes">
        <source>The item falls due after %n days already.</source>
        <translation>
            <numerusform>The item falls due after %n day already.</numerusform>
            <numerusform>The item falls due after %n days already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ICalendarImport</name>
    <message numerus="yes">
        <source>Cancels %n occurrence(s) the other calendar removed.</source>
        <translation>
            <numerusform>Cancels %n occurrence the other calendar removed.</numerusform>
            <numerusform>Cancels %n occurrences the other calendar removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An all-day event over %n day(s): the touchpoint is on its first day at %1 (%2), with no length.</source>
        <translation>
            <numerusform>An all-day event over %n day: the touchpoint is on its first day at %1 (%2), with no length.</numerusform>
            <numerusform>An all-day event over %n days: the touchpoint is on its first day at %1 (%2), with no length.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message numerus="yes">
        <source>%n seller(s) this import added or updated have been edited since; undoing the import would lose those edits, so it stays.</source>
        <translation>
            <numerusform>%n seller this import added or updated has been edited since; undoing the import would lose that edit, so it stays.</numerusform>
            <numerusform>%n sellers this import added or updated have been edited since; undoing the import would lose those edits, so it stays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) this import added or updated have been edited since; undoing the import would lose those edits, so it stays.</source>
        <translation>
            <numerusform>%n mentor this import added or updated has been edited since; undoing the import would lose those edits, so it stays.</numerusform>
            <numerusform>%n mentors this import added or updated have been edited since; undoing the import would lose those edits, so it stays.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%1 % read, %Ln row(s)</source>
        <translation>
            <numerusform>%1 % read, %Ln row</numerusform>
            <numerusform>%1 % read, %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln row(s) from “%1”.</source>
        <translation>
            <numerusform>Read %Ln row from “%1”.</numerusform>
            <numerusform>Read %Ln rows from “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seller(s) added</source>
        <translation>
            <numerusform>%Ln seller added</numerusform>
            <numerusform>%Ln sellers added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seller(s) updated</source>
        <translation>
            <numerusform>%Ln seller updated</numerusform>
            <numerusform>%Ln sellers updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seller(s) unchanged</source>
        <translation>
            <numerusform>%Ln seller unchanged</numerusform>
            <numerusform>%Ln sellers unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped: the seller is already in the program (--on-duplicate update replaces their values)</source>
        <translation>
            <numerusform>%Ln row skipped: the seller is already in the program (--on-duplicate update replaces their values)</numerusform>
            <numerusform>%Ln rows skipped: the sellers are already in the program (--on-duplicate update replaces their values)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln row rejected</numerusform>
            <numerusform>%Ln rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln metric snapshot(s) added</source>
        <translation>
            <numerusform>%Ln metric snapshot added</numerusform>
            <numerusform>%Ln metric snapshots added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln metric snapshot(s) updated</source>
        <translation>
            <numerusform>%Ln metric snapshot updated</numerusform>
            <numerusform>%Ln metric snapshots updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln metric snapshot(s) unchanged</source>
        <translation>
            <numerusform>%Ln metric snapshot unchanged</numerusform>
            <numerusform>%Ln metric snapshots unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s) (run again with --errors REPORT.csv to get them all).</source>
        <translation>
            <numerusform>… and %Ln more problem (run again with --errors REPORT.csv to get it).</numerusform>
            <numerusform>… and %Ln more problems (run again with --errors REPORT.csv to get them all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s) (see --errors “%1”).</source>
        <translation>
            <numerusform>… and %Ln more problem (see --errors “%1”).</numerusform>
            <numerusform>… and %Ln more problems (see --errors “%1”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were rejected; see “%1”.</source>
        <translation>
            <numerusform>%Ln row was rejected; see “%1”.</numerusform>
            <numerusform>%Ln rows were rejected; see “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were rejected; run again with --errors REPORT.csv to get them in a file.</source>
        <translation>
            <numerusform>%Ln row was rejected; run again with --errors REPORT.csv to get it in a file.</numerusform>
            <numerusform>%Ln rows were rejected; run again with --errors REPORT.csv to get them in a file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentor(s) added</source>
        <translation>
            <numerusform>%Ln mentor added</numerusform>
            <numerusform>%Ln mentors added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentor(s) updated</source>
        <translation>
            <numerusform>%Ln mentor updated</numerusform>
            <numerusform>%Ln mentors updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentor(s) unchanged</source>
        <translation>
            <numerusform>%Ln mentor unchanged</numerusform>
            <numerusform>%Ln mentors unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowValidator</name>
    <message numerus="yes">
        <source>The row has %n value(s), but the file has %1 columns; check its quotes and delimiters.</source>
        <translation>
            <numerusform>The row has %n value, but the file has %1 columns; check its quotes and delimiters.</numerusform>
            <numerusform>The row has %n values, but the file has %1 columns; check its quotes and delimiters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingProfile</name>
    <message numerus="yes">
        <source>The file has no column %1 (for %2); it has %n column(s).</source>
        <translation>
            <numerusform>The file has no column %1 (for %2); it has %n column.</numerusform>
            <numerusform>The file has no column %1 (for %2); it has %n columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchCommand</name>
    <message numerus="yes">
        <source>Scores: %Ln allowed pair(s) in %1, constraints in %2</source>
        <translation>
            <numerusform>Scores: %Ln allowed pair in %1, constraints in %2</numerusform>
            <numerusform>Scores: %Ln allowed pairs in %1, constraints in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  left out by %1: %Ln pair(s)</source>
        <translation>
            <numerusform>  left out by %1: %Ln pair</numerusform>
            <numerusform>  left out by %1: %Ln pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committed %Ln trial pairing(s) as run %1; the trials end on %2.</source>
        <translation>
            <numerusform>Committed %Ln trial pairing as run %1; the trials end on %2.</numerusform>
            <numerusform>Committed %Ln trial pairings as run %1; the trials end on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended %Ln earlier pairing(s) as re-matched.</source>
        <translation>
            <numerusform>Ended %Ln earlier pairing as re-matched.</numerusform>
            <numerusform>Ended %Ln earlier pairings as re-matched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time: %1 s (load %2, scoring %Ln pair(s) %3, solving %4, certificate %5).</source>
        <translation>
            <numerusform>Time: %1 s (load %2, scoring %Ln pair %3, solving %4, certificate %5).</numerusform>
            <numerusform>Time: %1 s (load %2, scoring %Ln pairs %3, solving %4, certificate %5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchExplainer</name>
    <message numerus="yes">
        <source>%1 is matched with %2 (score %3); the next best mentor, %4, scores %n point(s) less.</source>
        <translation>
            <numerusform>%1 is matched with %2 (score %3); the next best mentor, %4, scores %n point less.</numerusform>
            <numerusform>%1 is matched with %2 (score %3); the next best mentor, %4, scores %n points less.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no mentor: all %n allowed mentor(s) are full; the best of them, %2, went to %3.</source>
        <translation>
            <numerusform>%1 has no mentor: the one allowed mentor is full; %2 went to %3.</numerusform>
            <numerusform>%1 has no mentor: all %n allowed mentors are full; the best of them, %2, went to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no mentor: all %n allowed mentor(s) are full.</source>
        <translation>
            <numerusform>%1 has no mentor: the one allowed mentor is full.</numerusform>
            <numerusform>%1 has no mentor: all %n allowed mentors are full.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>High-potential bonus: %n point(s)</source>
        <translation>
            <numerusform>High-potential bonus: %n point</numerusform>
            <numerusform>High-potential bonus: %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stability bonus (the current mentor): %n point(s)</source>
        <translation>
            <numerusform>Stability bonus (the current mentor): %n point</numerusform>
            <numerusform>Stability bonus (the current mentor): %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n point(s)</source>
        <translation>
            <numerusform>Total: %n point</numerusform>
            <numerusform>Total: %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is matched with %2 (score %3); %4 scores as much or more, but their %n place(s) in this run went to %5.</source>
        <translation>
            <numerusform>%1 is matched with %2 (score %3); %4 scores as much or more, but their %n place in this run went to %5.</numerusform>
            <numerusform>%1 is matched with %2 (score %3); %4 scores as much or more, but their %n places in this run went to %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: agreement %2 of 10 × weight %3 = %n point(s)</source>
        <translation>
            <numerusform>%1: agreement %2 of 10 × weight %3 = %n point</numerusform>
            <numerusform>%1: agreement %2 of 10 × weight %3 = %n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsCsv</name>
    <message numerus="yes">
        <source>%n figure(s) were not computed: %1.</source>
        <translation>
            <numerusform>%n figure was not computed: %1.</numerusform>
            <numerusform>%n figures were not computed: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordGraph</name>
    <message numerus="yes">
        <source>%n cohort membership(s)</source>
        <translation>
            <numerusform>%n cohort membership</numerusform>
            <numerusform>%n cohort memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric snapshot(s)</source>
        <translation>
            <numerusform>%n metric snapshot</numerusform>
            <numerusform>%n metric snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict-of-interest disclosure(s)</source>
        <translation>
            <numerusform>%n conflict-of-interest disclosure</numerusform>
            <numerusform>%n conflict-of-interest disclosures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairing(s)</source>
        <translation>
            <numerusform>%n pairing</numerusform>
            <numerusform>%n pairings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n skill</numerusform>
            <numerusform>%n skills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n roundtable touchpoint(s)</source>
        <translation>
            <numerusform>%n roundtable touchpoint</numerusform>
            <numerusform>%n roundtable touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback rating(s)</source>
        <translation>
            <numerusform>%n feedback rating</numerusform>
            <numerusform>%n feedback ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s)</source>
        <translation>
            <numerusform>%n checklist item</numerusform>
            <numerusform>%n checklist items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is mentoring %n seller(s) right now. End or re-match those pairings first; then the mentor can be deleted.</source>
        <translation>
            <numerusform>%1 is mentoring %n seller right now. End or re-match those pairings first; then the mentor can be deleted.</numerusform>
            <numerusform>%1 is mentoring %n sellers right now. End or re-match those pairings first; then the mentor can be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n language(s)</source>
        <translation>
            <numerusform>%n language</numerusform>
            <numerusform>%n languages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n brand(s)</source>
        <translation>
            <numerusform>%n brand</numerusform>
            <numerusform>%n brands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match proposal(s)</source>
        <translation>
            <numerusform>%n match proposal</numerusform>
            <numerusform>%n match proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match pin(s) or forbid(s)</source>
        <translation>
            <numerusform>%n match pin or forbid</numerusform>
            <numerusform>%n match pins or forbids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales channel(s)</source>
        <translation>
            <numerusform>%n sales channel</numerusform>
            <numerusform>%n sales channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n roundtable attendance(s)</source>
        <translation>
            <numerusform>%n roundtable attendance</numerusform>
            <numerusform>%n roundtable attendances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurring roundtable(s)</source>
        <translation>
            <numerusform>%n recurring roundtable</numerusform>
            <numerusform>%n recurring roundtables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurring touchpoint(s)</source>
        <translation>
            <numerusform>%n recurring touchpoint</numerusform>
            <numerusform>%n recurring touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::AdherenceByCohortChart</name>
    <message numerus="yes">
        <source>%n pairing(s) of mentored sellers</source>
        <translation>
            <numerusform>%n pairing of mentored sellers</numerusform>
            <numerusform>%n pairings of mentored sellers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::AttentionWorkspace</name>
    <message numerus="yes">
        <source>%n line(s) need attention on %1, most urgent first.</source>
        <translation>
            <numerusform>%n line needs attention on %1.</numerusform>
            <numerusform>%n lines need attention on %1, most urgent first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) need attention</source>
        <translation>
            <numerusform>%n line needs attention</numerusform>
            <numerusform>%n lines need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::CalendarFileActions</name>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n event(s) from %1; Edit ▸ Undo takes the import back.</source>
        <translation>
            <numerusform>Imported %n event from %1; Edit ▸ Undo takes the import back.</numerusform>
            <numerusform>Imported %n events from %1; Edit ▸ Undo takes the import back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::CalendarImportDialog</name>
    <message numerus="yes">
        <source>“%1”: %2 to add, %3 to update, %4 unchanged; %n event(s) cannot be placed.</source>
        <translation>
            <numerusform>“%1”: %2 to add, %3 to update, %4 unchanged; %n event cannot be placed.</numerusform>
            <numerusform>“%1”: %2 to add, %3 to update, %4 unchanged; %n events cannot be placed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::CalendarWorkspace</name>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ChecklistItemModel</name>
    <message numerus="yes">
        <source>Late: due %1, %n day(s) ago</source>
        <translation>
            <numerusform>Late: due %1, %n day ago</numerusform>
            <numerusform>Late: due %1, %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ChecklistTemplatesDialog</name>
    <message numerus="yes">
        <source>After %n day(s)</source>
        <translation>
            <numerusform>After %n day</numerusform>
            <numerusform>After %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Item due after %n day(s):</source>
        <translation>
            <numerusform>Item due after %n day:</numerusform>
            <numerusform>Item due after %n days:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the template “%1” and its %n item(s)?</source>
        <translation>
            <numerusform>Delete the template “%1” and its %n item?</numerusform>
            <numerusform>Delete the template “%1” and its %n items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pairings keep the %n checklist item(s) they got from it, ticked or not; they are no longer linked to the template, so they no longer show its resources. The resources stay in the library. Edit ▸ Undo brings the template back.</source>
        <translation>
            <numerusform>Pairings keep the %n checklist item they got from it, ticked or not; it is no longer linked to the template, so it no longer shows its resources. The resources stay in the library. Edit ▸ Undo brings the template back.</numerusform>
            <numerusform>Pairings keep the %n checklist items they got from it, ticked or not; they are no longer linked to the template, so they no longer show its resources. The resources stay in the library. Edit ▸ Undo brings the template back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::CommitPage</name>
    <message numerus="yes">
        <source>%n trial pairing(s) start on %1 and end on %2.</source>
        <translation>
            <numerusform>%n trial pairing starts on %1 and ends on %2.</numerusform>
            <numerusform>%n trial pairings start on %1 and end on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each trial lasts %n day(s).</source>
        <translation>
            <numerusform>Each trial lasts %n day.</numerusform>
            <numerusform>Each trial lasts %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s) stay unmatched.</source>
        <translation>
            <numerusform>%n mentee stays unmatched.</numerusform>
            <numerusform>%n mentees stay unmatched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::DetailPanel</name>
    <message numerus="yes">
        <source>… and %Ln more (filter the Sellers workspace by this cohort to see all)</source>
        <translation>
            <numerusform>… and %Ln more (filter the Sellers workspace by this cohort to see all)</numerusform>
            <numerusform>… and %Ln more (filter the Sellers workspace by this cohort to see all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::DuplicatesPage</name>
    <message numerus="yes">
        <source>%n seller(s) of the file are already in the program, and the file would change them.</source>
        <translation>
            <numerusform>%n seller of the file is already in the program, and the file would change it.</numerusform>
            <numerusform>%n sellers of the file are already in the program, and the file would change them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n are listed; with “Choose row by row”, the others are skipped.</source>
        <translation>
            <numerusform>Only the first %n is listed; with “Choose row by row”, the others are skipped.</numerusform>
            <numerusform>Only the first %n are listed; with “Choose row by row”, the others are skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::FeedbackModel</name>
    <message numerus="yes">
        <source>%1 (%n rating(s))</source>
        <translation>
            <numerusform>%1 (%n rating)</numerusform>
            <numerusform>%1 (%n ratings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::FilePage</name>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n data row</numerusform>
            <numerusform>%n data rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n data row(s)</source>
        <translation>
            <numerusform>more than %n data row</numerusform>
            <numerusform>more than %n data rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportHistoryDialog</name>
    <message numerus="yes">
        <source>%n seller(s) it added will be deleted.</source>
        <translation>
            <numerusform>%n seller it added will be deleted.</numerusform>
            <numerusform>%n sellers it added will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s) it updated get their previous values back.</source>
        <translation>
            <numerusform>%n seller it updated gets its previous values back.</numerusform>
            <numerusform>%n sellers it updated get their previous values back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) it added will be deleted.</source>
        <translation>
            <numerusform>%n snapshot it added will be deleted.</numerusform>
            <numerusform>%n snapshots it added will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) it updated get their previous values back.</source>
        <translation>
            <numerusform>%n snapshot it updated gets its previous values back.</numerusform>
            <numerusform>%n snapshots it updated get their previous values back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) it added will be deleted.</source>
        <translation>
            <numerusform>%n mentor it added will be deleted.</numerusform>
            <numerusform>%n mentors it added will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) it updated get their previous values and lists back.</source>
        <translation>
            <numerusform>%n mentor it updated get their previous values and lists back.</numerusform>
            <numerusform>%n mentors it updated get their previous values and lists back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportRunPage</name>
    <message numerus="yes">
        <source>Importing… %n row(s) read</source>
        <translation>
            <numerusform>Importing… %n row read</numerusform>
            <numerusform>Importing… %n rows read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::KpiTile</name>
    <message numerus="yes">
        <source>-%n day(s)</source>
        <translation>
            <numerusform>-%n day</numerusform>
            <numerusform>-%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::MainWindow</name>
    <message numerus="yes">
        <source>The %n seller(s) selected in the Sellers workspace</source>
        <translation>
            <numerusform>The %n seller selected in the Sellers workspace</numerusform>
            <numerusform>The %n sellers selected in the Sellers workspace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n seller(s) of the Sellers workspace&apos;s current filter</source>
        <translation>
            <numerusform>The %n seller of the Sellers workspace&apos;s current filter</numerusform>
            <numerusform>The %n sellers of the Sellers workspace&apos;s current filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n mentor(s) selected in the Mentors workspace</source>
        <translation>
            <numerusform>The %n mentor selected in the Mentors workspace</numerusform>
            <numerusform>The %n mentors selected in the Mentors workspace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n mentor(s) of the Mentors workspace&apos;s current filter</source>
        <translation>
            <numerusform>The %n mentor of the Mentors workspace&apos;s current filter</numerusform>
            <numerusform>The %n mentors of the Mentors workspace&apos;s current filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trial(s) end within %1 days</source>
        <translation>
            <numerusform>%n trial ends within %1 days</numerusform>
            <numerusform>%n trials end within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trial(s) past their end</source>
        <translation>
            <numerusform>%n trial past its end</numerusform>
            <numerusform>%n trials past their end</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::MappingPage</name>
    <message numerus="yes">
        <source>%n column(s) not imported: %1.</source>
        <translation>
            <numerusform>%n column not imported: %1.</numerusform>
            <numerusform>%n columns not imported: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::MatchProposalModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (score %2): %n point(s) lower</source>
        <translation>
            <numerusform>%1 (score %2): %n point lower</numerusform>
            <numerusform>%1 (score %2): %n points lower</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matched %1 of %n mentee(s)</source>
        <translation>
            <numerusform>Matched %1 of %n mentee</numerusform>
            <numerusform>Matched %1 of %n mentees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::MonthGridView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::PairingChecklistPanel</name>
    <message numerus="yes">
        <source>%n item(s) late</source>
        <translation>
            <numerusform>%n item late</numerusform>
            <numerusform>%n items late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::PairingFunnelChart</name>
    <message numerus="yes">
        <source>%n pairing(s) started</source>
        <translation>
            <numerusform>%n pairing started</numerusform>
            <numerusform>%n pairings started</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::PairingTableModel</name>
    <message numerus="yes">
        <source>Trial ends in %n day(s)</source>
        <translation>
            <numerusform>Trial ends in %n day</numerusform>
            <numerusform>Trial ends in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trial ended %n day(s) ago — decide</source>
        <translation>
            <numerusform>Trial ended %n day ago — decide</numerusform>
            <numerusform>Trial ended %n days ago — decide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::RampTimeChart</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::RelatedCategoriesDialog</name>
    <message numerus="yes">
        <source>%n related pair(s):</source>
        <translation>
            <numerusform>%n related pair:</numerusform>
            <numerusform>%n related pairs:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ResourcesWorkspace</name>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::RulesPage</name>
    <message numerus="yes">
        <source>%1 of %n mentee(s) have at least one allowed mentor</source>
        <translation>
            <numerusform>%1 of %n mentee has at least one allowed mentor</numerusform>
            <numerusform>%1 of %n mentees have at least one allowed mentor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free place(s)</source>
        <translation>
            <numerusform>%n free place</numerusform>
            <numerusform>%n free places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::RunComparisonDialog</name>
    <message numerus="yes">
        <source>%n mentee(s) changed since the previous run.</source>
        <translation>
            <numerusform>%n mentee changed since the previous run.</numerusform>
            <numerusform>%n mentees changed since the previous run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::SelectionPage</name>
    <message numerus="yes">
        <source>%n mentee(s)</source>
        <translation>
            <numerusform>%n mentee</numerusform>
            <numerusform>%n mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%n mentor</numerusform>
            <numerusform>%n mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free place(s)</source>
        <translation>
            <numerusform>%n free place</numerusform>
            <numerusform>%n free places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::SummaryPage</name>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row read.</numerusform>
            <numerusform>%n rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s) added.</source>
        <translation>
            <numerusform>%n seller added.</numerusform>
            <numerusform>%n sellers added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s) updated.</source>
        <translation>
            <numerusform>%n seller updated.</numerusform>
            <numerusform>%n sellers updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s) unchanged.</source>
        <translation>
            <numerusform>%n seller unchanged.</numerusform>
            <numerusform>%n sellers unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing seller(s) skipped.</source>
        <translation>
            <numerusform>%n existing seller skipped.</numerusform>
            <numerusform>%n existing sellers skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) added.</source>
        <translation>
            <numerusform>%n snapshot added.</numerusform>
            <numerusform>%n snapshots added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) updated.</source>
        <translation>
            <numerusform>%n snapshot updated.</numerusform>
            <numerusform>%n snapshots updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n row rejected.</numerusform>
            <numerusform>%n rows rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) added.</source>
        <translation>
            <numerusform>%n mentor added.</numerusform>
            <numerusform>%n mentors added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) updated.</source>
        <translation>
            <numerusform>%n mentor updated.</numerusform>
            <numerusform>%n mentors updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) unchanged.</source>
        <translation>
            <numerusform>%n mentor unchanged.</numerusform>
            <numerusform>%n mentors unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ValidationPage</name>
    <message numerus="yes">
        <source>Checking the file… %n row(s) read</source>
        <translation>
            <numerusform>Checking the file… %n row read</numerusform>
            <numerusform>Checking the file… %n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be left out; after the import, the summary can save them with their problems as a report.</source>
        <translation>
            <numerusform>%n row will be left out; after the import, the summary can save it with its problems as a report.</numerusform>
            <numerusform>%n rows will be left out; after the import, the summary can save them with their problems as a report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %n rejected row(s).</source>
        <translation>
            <numerusform>The preview shows the first %n rejected row.</numerusform>
            <numerusform>The preview shows the first %n rejected rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::WeekAgendaView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::WorkspaceView</name>
    <message numerus="yes">
        <source>%Ln seller(s)</source>
        <translation>
            <numerusform>%Ln seller</numerusform>
            <numerusform>%Ln sellers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln seller(s)</source>
        <translation>
            <numerusform>%1 of %Ln seller</numerusform>
            <numerusform>%1 of %Ln sellers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentor(s)</source>
        <translation>
            <numerusform>%Ln mentor</numerusform>
            <numerusform>%Ln mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln mentor(s)</source>
        <translation>
            <numerusform>%1 of %Ln mentor</numerusform>
            <numerusform>%1 of %Ln mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cohort(s)</source>
        <translation>
            <numerusform>%Ln cohort</numerusform>
            <numerusform>%Ln cohorts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln cohort(s)</source>
        <translation>
            <numerusform>%1 of %Ln cohort</numerusform>
            <numerusform>%1 of %Ln cohorts</numerusform>
        </translation>
    </message>
</context>
</TS>
