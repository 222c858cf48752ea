<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Adherence</name>
    <message>
        <source>There is no pairing %1.</source>
        <translation>Es gibt kein Tandem %1.</translation>
    </message>
</context>
<context>
    <name>AnalyticsEngine</name>
    <message>
        <source>The analytics need a valid as-of date.</source>
        <translation>Die Auswertung braucht einen gültigen Stichtag.</translation>
    </message>
    <message>
        <source>“%1” is not a figure of this chart.</source>
        <translation>„%1“ ist kein Wert dieses Diagramms.</translation>
    </message>
    <message>
        <source>No mentored seller in this view has the data this figure needs.</source>
        <translation>Kein begleiteter Händler in dieser Ansicht hat die Daten, die dieser Wert braucht.</translation>
    </message>
    <message>
        <source>No comparison seller shares a stratum with these mentees and has the data this figure needs.</source>
        <translation>Kein Händler der Vergleichsgruppe teilt eine Schicht mit diesen Mentees und hat die Daten, die dieser Wert braucht.</translation>
    </message>
    <message>
        <source>A group has no value, so there is no difference.</source>
        <translation>Eine Gruppe hat keinen Wert, daher gibt es keine Differenz.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n seller(s): too few to compare.</source>
        <translation>
            <numerusform>Nur %n Händler: zu wenige für einen Vergleich.</numerusform>
            <numerusform>Nur %n Händler: zu wenige für einen Vergleich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applicable: comparison sellers have no pairings.</source>
        <translation>Nicht anwendbar: Händler der Vergleichsgruppe haben keine Tandems.</translation>
    </message>
    <message>
        <source>Not reached: fewer than half of these sellers have made a first sale.</source>
        <translation>Nicht erreicht: Weniger als die Hälfte dieser Händler hat einen ersten Verkauf erzielt.</translation>
    </message>
    <message>
        <source>A group&apos;s median is not reached, so there is no difference.</source>
        <translation>Der Median einer Gruppe ist nicht erreicht, daher gibt es keine Differenz.</translation>
    </message>
</context>
<context>
    <name>AnalyticsLabels</name>
    <message>
        <source>Monthly revenue goal reached</source>
        <translation>Monatliches Umsatzziel erreicht</translation>
    </message>
    <message>
        <source>Listing quality goal reached</source>
        <translation>Ziel für Angebotsqualität erreicht</translation>
    </message>
    <message>
        <source>Ramp time (median days)</source>
        <translation>Anlaufzeit (Median in Tagen)</translation>
    </message>
    <message>
        <source>First sale made</source>
        <translation>Erster Verkauf erzielt</translation>
    </message>
    <message>
        <source>Listing quality improvement</source>
        <translation>Verbesserung der Angebotsqualität</translation>
    </message>
    <message>
        <source>Listing quality (latest)</source>
        <translation>Angebotsqualität (aktuell)</translation>
    </message>
    <message>
        <source>Return rate (latest)</source>
        <translation>Retourenquote (aktuell)</translation>
    </message>
    <message>
        <source>Return rate change</source>
        <translation>Veränderung der Retourenquote</translation>
    </message>
    <message>
        <source>Average order value (latest)</source>
        <translation>Durchschnittlicher Bestellwert (aktuell)</translation>
    </message>
    <message>
        <source>Average order value change</source>
        <translation>Veränderung des durchschnittlichen Bestellwerts</translation>
    </message>
    <message>
        <source>Customer satisfaction (latest)</source>
        <translation>Kundenzufriedenheit (aktuell)</translation>
    </message>
    <message>
        <source>Customer satisfaction change</source>
        <translation>Veränderung der Kundenzufriedenheit</translation>
    </message>
    <message>
        <source>Revenue change</source>
        <translation>Umsatzveränderung</translation>
    </message>
    <message>
        <source>Touchpoint adherence</source>
        <translation>Termintreue</translation>
    </message>
    <message>
        <source>Mentored</source>
        <translation>Begleitet</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleichsgruppe</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
</context>
<context>
    <name>AnalyticsSettings</name>
    <message>
        <source>The milestone goals could not be read: %1</source>
        <translation>Die Meilensteinziele konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A milestone goal cannot be negative.</source>
        <translation>Ein Meilensteinziel darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The milestone goals could not be saved: %1</source>
        <translation>Die Meilensteinziele konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>AttentionCommand</name>
    <message>
        <source>print what needs attention on a day</source>
        <translation>zeigt, was an einem Tag Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>Prints the &quot;Needs attention&quot; list: overdue pairings, trials ending or undecided, checklist items due or late, missing feedback and pairs at risk, most urgent first. Dates are local dates in the program&apos;s time zone unless --time-zone names another. Nothing is written.</source>
        <translation>Gibt die Liste „Braucht Aufmerksamkeit“ aus: überfällige Tandems, endende oder unentschiedene Probephasen, fällige oder überfällige Checklistenpunkte, fehlendes Feedback und gefährdete Tandems, das Dringendste zuerst. Datumsangaben sind lokale Daten in der Zeitzone des Programms, sofern --time-zone keine andere nennt. Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>The day to look at (default: today in the time zone).</source>
        <translation>Der betrachtete Tag (Standard: heute in der Zeitzone).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The IANA time zone dates are taken in, e.g. Europe/Berlin (default: the program&apos;s).</source>
        <translation>Die IANA-Zeitzone der Datumsangaben, z. B. Europe/Berlin (Standard: die des Programms).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>text (aligned columns, the default) or csv.</source>
        <translation>text (ausgerichtete Spalten, Standard) oder csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The program file to read.</source>
        <translation>Die zu lesende Programmdatei.</translation>
    </message>
    <message>
        <source>say which program to read with --database FILE.</source>
        <translation>geben Sie mit --database DATEI an, welches Programm gelesen werden soll.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a format; use --format text or --format csv.</source>
        <translation>&apos;%1&apos; ist kein Format; verwenden Sie --format text oder --format csv.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD, e.g. 2027-03-01.</source>
        <translation>&apos;%1&apos; ist kein Datum; schreiben Sie es als YYYY-MM-DD, z. B. 2027-03-01.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone name MentorDesk knows; use a name such as Europe/Berlin.</source>
        <translation>&apos;%1&apos; ist kein Zeitzonenname, den MentorDesk kennt; verwenden Sie einen Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist. Give the program file to read.</source>
        <translation>&apos;%1&apos; existiert nicht. Geben Sie die zu lesende Programmdatei an.</translation>
    </message>
    <message>
        <source>the attention list could not be read: %1</source>
        <translation>die Aufmerksamkeitsliste konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>AttentionKinds</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Trial ending</source>
        <translation>Probephase endet</translation>
    </message>
    <message>
        <source>Trial decision overdue</source>
        <translation>Entscheidung zur Probephase überfällig</translation>
    </message>
    <message>
        <source>Checklist due</source>
        <translation>Checkliste fällig</translation>
    </message>
    <message>
        <source>Checklist late</source>
        <translation>Checkliste überfällig</translation>
    </message>
    <message>
        <source>Feedback missing</source>
        <translation>Feedback fehlt</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Log touchpoint</source>
        <translation>Termin erfassen</translation>
    </message>
    <message>
        <source>Schedule touchpoint</source>
        <translation>Termin planen</translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation>Checkliste öffnen</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>Feedback erfassen</translation>
    </message>
    <message>
        <source>Decide trial</source>
        <translation>Über Probephase entscheiden</translation>
    </message>
    <message>
        <source>Consider re-match</source>
        <translation>Neue Zuordnung erwägen</translation>
    </message>
</context>
<context>
    <name>AttentionList</name>
    <message numerus="yes">
        <source>%n planned touchpoint(s) not logged, the first on %1.</source>
        <translation>
            <numerusform>%n geplanter Termin nicht erfasst, am %1.</numerusform>
            <numerusform>%n geplante Termine nicht erfasst, der erste am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No touchpoint done since the pairing began on %1.</source>
        <translation>Kein Termin erledigt, seit das Tandem am %1 begann.</translation>
    </message>
    <message>
        <source>No touchpoint done since %1.</source>
        <translation>Kein Termin erledigt seit dem %1.</translation>
    </message>
    <message>
        <source>The mentee rated the mentor %1 of 5 on %2; consider a re-match.</source>
        <translation>Der Mentee hat den Mentor am %2 mit %1 von 5 bewertet; erwägen Sie eine neue Zuordnung.</translation>
    </message>
    <message>
        <source>The mentor rated the mentee %1 of 5 on %2; consider a re-match.</source>
        <translation>Der Mentor hat den Mentee am %2 mit %1 von 5 bewertet; erwägen Sie eine neue Zuordnung.</translation>
    </message>
    <message>
        <source>The last two touchpoints were missed, the latest on %1; consider a re-match.</source>
        <translation>Die letzten beiden Termine wurden versäumt, zuletzt am %1; erwägen Sie eine neue Zuordnung.</translation>
    </message>
    <message>
        <source>Feedback from both sides, due on %1, is missing.</source>
        <translation>Das Feedback beider Seiten, fällig am %1, fehlt.</translation>
    </message>
    <message>
        <source>The mentee&apos;s rating of the mentor, due on %1, is missing.</source>
        <translation>Die Bewertung des Mentors durch den Mentee, fällig am %1, fehlt.</translation>
    </message>
    <message>
        <source>The mentor&apos;s input for the mentee, due on %1, is missing.</source>
        <translation>Die Rückmeldung des Mentors an den Mentee, fällig am %1, fehlt.</translation>
    </message>
    <message>
        <source>The trial ended on %1 and is still undecided.</source>
        <translation>Die Probephase endete am %1 und ist noch nicht entschieden.</translation>
    </message>
    <message>
        <source>The trial ends on %1 without a decision yet.</source>
        <translation>Die Probephase endet am %1; eine Entscheidung steht noch aus.</translation>
    </message>
    <message>
        <source>Checklist item “%1” (day %2) was due on %3.</source>
        <translation>Checklistenpunkt „%1“ (Tag %2) war am %3 fällig.</translation>
    </message>
    <message>
        <source>Checklist item “%1” (day %2) is due on %3.</source>
        <translation>Checklistenpunkt „%1“ (Tag %2) ist am %3 fällig.</translation>
    </message>
    <message numerus="yes">
        <source>Checklist item “%1” (day %2) was due on %3, and %n more are late.</source>
        <translation>
            <numerusform>Checklistenpunkt „%1“ (Tag %2) war am %3 fällig, und %n weiterer ist überfällig.</numerusform>
            <numerusform>Checklistenpunkt „%1“ (Tag %2) war am %3 fällig, und %n weitere sind überfällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist item “%1” (day %2) is due on %3, and %n more within 7 days.</source>
        <translation>
            <numerusform>Checklistenpunkt „%1“ (Tag %2) ist am %3 fällig, und %n weiterer innerhalb von 7 Tagen.</numerusform>
            <numerusform>Checklistenpunkt „%1“ (Tag %2) ist am %3 fällig, und %n weitere innerhalb von 7 Tagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionListText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nichts braucht Aufmerksamkeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention.</source>
        <translation>
            <numerusform>%n Eintrag braucht Aufmerksamkeit.</numerusform>
            <numerusform>%n Einträge brauchen Aufmerksamkeit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BaseTableSource</name>
    <message>
        <source>The analytics could not read the sellers: %1</source>
        <translation>Die Auswertung konnte die Händler nicht lesen: %1</translation>
    </message>
    <message>
        <source>The analytics could not read the pairings: %1</source>
        <translation>Die Auswertung konnte die Tandems nicht lesen: %1</translation>
    </message>
    <message>
        <source>The analytics read SQLite programs only.</source>
        <translation>Die Auswertung liest nur SQLite-Programme.</translation>
    </message>
    <message>
        <source>The analytics could not read the metric snapshots: %1</source>
        <translation>Die Auswertung konnte die Kennzahlen-Snapshots nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <source>Choose what kind of touchpoint this is (live call, async exchange, checklist review or cohort roundtable).</source>
        <translation>Wählen Sie, welche Art Termin dies ist (Live-Gespräch, asynchroner Austausch, Checklisten-Durchsicht oder Kohortenrunde).</translation>
    </message>
    <message>
        <source>A touchpoint belongs either to a pairing or, as a roundtable, to a cohort.</source>
        <translation>Ein Termin gehört entweder zu einem Tandem oder, als Kohortenrunde, zu einer Kohorte.</translation>
    </message>
    <message>
        <source>A cohort&apos;s touchpoint is a cohort roundtable.</source>
        <translation>Der Termin einer Kohorte ist eine Kohortenrunde.</translation>
    </message>
    <message>
        <source>A roundtable belongs to a cohort, not to a pairing.</source>
        <translation>Eine Kohortenrunde gehört zu einer Kohorte, nicht zu einem Tandem.</translation>
    </message>
    <message>
        <source>The pairing no longer exists; it may have been deleted.</source>
        <translation>Das Tandem existiert nicht mehr; möglicherweise wurde es gelöscht.</translation>
    </message>
    <message>
        <source>The cohort no longer exists; it may have been deleted.</source>
        <translation>Die Kohorte existiert nicht mehr; möglicherweise wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>A touchpoint lasts at most a day (1440 minutes).</source>
        <translation>Ein Termin dauert höchstens einen Tag (1440 Minuten).</translation>
    </message>
    <message>
        <source>Enter the day and time of the touchpoint.</source>
        <translation>Geben Sie Tag und Uhrzeit des Termins ein.</translation>
    </message>
    <message>
        <source>Schedule touchpoint</source>
        <translation>Termin planen</translation>
    </message>
    <message>
        <source>The touchpoint no longer exists; it may have been deleted.</source>
        <translation>Der Termin existiert nicht mehr; möglicherweise wurde er gelöscht.</translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <source>Enter the day and time the touchpoint moves to.</source>
        <translation>Geben Sie Tag und Uhrzeit ein, auf die der Termin verschoben wird.</translation>
    </message>
    <message>
        <source>This touchpoint is done; a touchpoint that took place keeps its time.</source>
        <translation>Dieser Termin ist erledigt; ein Termin, der stattgefunden hat, behält seine Zeit.</translation>
    </message>
    <message>
        <source>Reschedule touchpoint</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <source>Enter when the touchpoint was marked done.</source>
        <translation>Geben Sie ein, wann der Termin als erledigt markiert wurde.</translation>
    </message>
    <message>
        <source>Mark touchpoint done</source>
        <translation>Termin als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark touchpoint missed</source>
        <translation>Termin als versäumt markieren</translation>
    </message>
    <message>
        <source>Cancel touchpoint</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <source>Mark touchpoint planned</source>
        <translation>Termin als geplant markieren</translation>
    </message>
    <message>
        <source>Attendance has been recorded for this roundtable; cancel it instead of deleting it.</source>
        <translation>Für diese Kohortenrunde wurde bereits die Teilnahme erfasst; sagen Sie sie ab, statt sie zu löschen.</translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation>Termin löschen</translation>
    </message>
    <message>
        <source>Enter the day and time of the first touchpoint.</source>
        <translation>Geben Sie Tag und Uhrzeit des ersten Termins ein.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone name MentorDesk knows; use a name such as Europe/Berlin.</source>
        <translation>„%1“ ist kein Zeitzonenname, den MentorDesk kennt; verwenden Sie einen Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>The last touchpoint cannot come before the first (%1).</source>
        <translation>Der letzte Termin kann nicht vor dem ersten liegen (%1).</translation>
    </message>
    <message>
        <source>Schedule recurring touchpoints</source>
        <translation>Wiederkehrende Termine planen</translation>
    </message>
    <message>
        <source>The recurring touchpoint no longer exists; it may have been deleted.</source>
        <translation>Der wiederkehrende Termin existiert nicht mehr; möglicherweise wurde er gelöscht.</translation>
    </message>
    <message>
        <source>A recurring touchpoint stays with its pairing or cohort; schedule a new one for another.</source>
        <translation>Ein wiederkehrender Termin bleibt bei seinem Tandem oder seiner Kohorte; planen Sie für ein anderes einen neuen.</translation>
    </message>
    <message>
        <source>Edit recurring touchpoints</source>
        <translation>Wiederkehrende Termine bearbeiten</translation>
    </message>
</context>
<context>
    <name>CalendarExportCommand</name>
    <message>
        <source>write touchpoints as an iCalendar (.ics) file</source>
        <translation>Termine als iCalendar-Datei (.ics) schreiben</translation>
    </message>
    <message>
        <source>Writes the touchpoints of the whole program, or of one mentor, cohort or mentee, over a range of days as an iCalendar file that calendar applications open: one event per touchpoint and per recurring series, each with the UID it keeps across exports.</source>
        <translation>Schreibt die Termine des ganzen Programms oder eines Mentors, einer Kohorte oder eines Mentees für einen Zeitraum als iCalendar-Datei, die Kalenderanwendungen öffnen: ein Ereignis pro Termin und pro Terminserie, jeweils mit der UID, die über Exporte hinweg erhalten bleibt.</translation>
    </message>
    <message>
        <source>The touchpoints of this mentor (their mentor ID).</source>
        <translation>Die Termine dieses Mentors (seine Mentor-ID).</translation>
    </message>
    <message>
        <source>external_id</source>
        <translation>external_id</translation>
    </message>
    <message>
        <source>The touchpoints and roundtables of this cohort.</source>
        <translation>Die Termine und Kohortenrunden dieser Kohorte.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The touchpoints of this mentee (their seller ID).</source>
        <translation>Die Termine dieses Mentees (seine Händler-ID).</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD); default: no limit.</source>
        <translation>Der erste Tag (YYYY-MM-DD); Standard: keine Grenze.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD), included; default: no limit.</source>
        <translation>Der letzte Tag (YYYY-MM-DD), einschließlich; Standard: keine Grenze.</translation>
    </message>
    <message>
        <source>The zone the days are read in and single touchpoints written in (an IANA name such as Europe/Berlin); default: the program&apos;s.</source>
        <translation>Die Zeitzone, in der die Tage gelesen und einzelne Termine geschrieben werden (ein IANA-Name wie Europe/Berlin); Standard: die des Programms.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>Die zu schreibende .ics-Datei.</translation>
    </message>
    <message>
        <source>file.ics</source>
        <translation>file.ics</translation>
    </message>
    <message>
        <source>The program file to export from.</source>
        <translation>Die Programmdatei, aus der exportiert wird.</translation>
    </message>
    <message>
        <source>say which program to export from with --database FILE.</source>
        <translation>geben Sie mit --database DATEI an, aus welchem Programm exportiert werden soll.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1 &apos;%2&apos; ist kein Datum; schreiben Sie es als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>give one of --mentor, --cohort and --mentee, or none for the whole program.</source>
        <translation>geben Sie eine der Optionen --mentor, --cohort und --mentee an oder keine für das ganze Programm.</translation>
    </message>
    <message>
        <source>--time-zone &apos;%1&apos; is not a time zone; give an IANA name such as Europe/Berlin.</source>
        <translation>--time-zone &apos;%1&apos; ist keine Zeitzone; geben Sie einen IANA-Namen wie Europe/Berlin an.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>say where to write the calendar with --out FILE.ics.</source>
        <translation>geben Sie mit --out FILE.ics an, wohin der Kalender geschrieben werden soll.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist. Give the program file to export from.</source>
        <translation>&apos;%1&apos; existiert nicht. Geben Sie die Programmdatei an, aus der exportiert werden soll.</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) holding %1 touchpoint(s) to %2.</source>
        <translation>
            <numerusform>%n Ereignis mit %1 Termin(en) nach %2 geschrieben.</numerusform>
            <numerusform>%n Ereignisse mit %1 Termin(en) nach %2 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarImportCommand</name>
    <message>
        <source>read touchpoints from an iCalendar (.ics) file</source>
        <translation>Termine aus einer iCalendar-Datei (.ics) lesen</translation>
    </message>
    <message>
        <source>Reads an iCalendar file (from Outlook, Google Calendar, Apple Calendar, Thunderbird or MentorDesk) and matches each event to a touchpoint by its UID, else to a pairing by the mentor&apos;s and mentee&apos;s e-mail addresses and its start; updates the touchpoints it matches and adds the others, in one step. Events it cannot place are listed with the reason.</source>
        <translation>Liest eine iCalendar-Datei (aus Outlook, Google Kalender, Apple Kalender, Thunderbird oder MentorDesk) und ordnet jedes Ereignis über seine UID einem Termin zu, andernfalls über die E-Mail-Adressen von Mentor und Mentee und seinen Beginn einem Tandem; aktualisiert die zugeordneten Termine und fügt die übrigen hinzu, in einem Schritt. Ereignisse, die nicht zugeordnet werden können, werden mit Grund aufgeführt.</translation>
    </message>
    <message>
        <source>Say what the import would do, but change nothing.</source>
        <translation>Anzeigen, was der Import tun würde, aber nichts ändern.</translation>
    </message>
    <message>
        <source>The calendar file to import.</source>
        <translation>Die zu importierende Kalenderdatei.</translation>
    </message>
    <message>
        <source>The program file to import into.</source>
        <translation>Die Programmdatei, in die importiert wird.</translation>
    </message>
    <message>
        <source>say which program to import into with --database FILE.</source>
        <translation>geben Sie mit --database DATEI an, in welches Programm importiert werden soll.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not imported: %1: %2</source>
        <translation>Nicht importiert: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 added, %2 updated, %3 unchanged, %n not placed.</source>
        <translation>
            <numerusform>%1 hinzugefügt, %2 aktualisiert, %3 unverändert, %n nicht zugeordnet.</numerusform>
            <numerusform>%1 hinzugefügt, %2 aktualisiert, %3 unverändert, %n nicht zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>say which calendar file to import, for example: mentordesk calendar import FILE.ics --database PROGRAM.</source>
        <translation>geben Sie an, welche Kalenderdatei importiert werden soll, zum Beispiel: mentordesk calendar import FILE.ics --database PROGRAM.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist. Give the program file to import into.</source>
        <translation>&apos;%1&apos; existiert nicht. Geben Sie die Programmdatei an, in die importiert werden soll.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Dry run: the program was not changed.</source>
        <translation>Probelauf: Das Programm wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>CalendarParticipants</name>
    <message>
        <source>%1 – %2 (%3)</source>
        <comment>mentor – mentee (seller ID)</comment>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Cohort %1</source>
        <comment>a cohort as the partner of a roundtable</comment>
        <translation>Kohorte %1</translation>
    </message>
</context>
<context>
    <name>CalendarPeopleSearch</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a person&apos;s name and external ID</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CalendarPrinter</name>
    <message>
        <source>Calendar: %1</source>
        <translation>Kalender: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · times on the program&apos;s clock (%3)</source>
        <comment>filter · count · zone</comment>
        <translation>%1 · %2 · Uhrzeiten in der Zeitzone des Programms (%3)</translation>
    </message>
    <message>
        <source>The whole program</source>
        <translation>Das ganze Programm</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; narrow the filter or the period to print them.</source>
        <translation>
            <numerusform>… und %n weiterer Termin; grenzen Sie Filter oder Zeitraum ein, um ihn zu drucken.</numerusform>
            <numerusform>… und %n weitere Termine; grenzen Sie Filter oder Zeitraum ein, um sie zu drucken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarTime</name>
    <message>
        <source>“%1” is not a time zone name MentorDesk knows; use a name such as Europe/Berlin or America/New_York.</source>
        <translation>„%1“ ist kein Zeitzonenname, den MentorDesk kennt; verwenden Sie einen Namen wie Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <source>The program&apos;s time zone could not be saved: %1.</source>
        <translation>Die Zeitzone des Programms konnte nicht gespeichert werden: %1.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>A chart of MentorDesk&apos;s dashboards</source>
        <translation>Ein Diagramm aus den Dashboards von MentorDesk</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>It no longer exists; it may have been deleted or undone meanwhile.</source>
        <translation>Der Eintrag existiert nicht mehr; möglicherweise wurde er inzwischen gelöscht oder rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Enter the day the item was done.</source>
        <translation>Geben Sie den Tag ein, an dem der Punkt erledigt wurde.</translation>
    </message>
    <message>
        <source>An item cannot be done in the future; enter today or an earlier day.</source>
        <translation>Ein Punkt kann nicht in der Zukunft erledigt werden; geben Sie heute oder einen früheren Tag ein.</translation>
    </message>
    <message>
        <source>Tick off checklist item</source>
        <translation>Checklistenpunkt abhaken</translation>
    </message>
    <message>
        <source>Reopen checklist item</source>
        <translation>Checklistenpunkt wieder öffnen</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>There is already a template called “%1”.</source>
        <translation>Es gibt bereits eine Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>Rename checklist template</source>
        <translation>Checklisten-Vorlage umbenennen</translation>
    </message>
    <message>
        <source>A checklist item falls due after 30, 60 or 90 days.</source>
        <translation>Ein Checklistenpunkt wird nach 30, 60 oder 90 Tagen fällig.</translation>
    </message>
    <message>
        <source>Enter what the item asks for.</source>
        <translation>Geben Sie ein, was der Punkt verlangt.</translation>
    </message>
    <message>
        <source>Add checklist template item</source>
        <translation>Punkt zur Checklisten-Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>Rename checklist template item</source>
        <translation>Punkt der Checklisten-Vorlage umbenennen</translation>
    </message>
    <message>
        <source>The item is first of its group already.</source>
        <translation>Der Punkt ist bereits der erste seiner Gruppe.</translation>
    </message>
    <message>
        <source>The item is last of its group already.</source>
        <translation>Der Punkt ist bereits der letzte seiner Gruppe.</translation>
    </message>
    <message>
        <source>Move checklist template item</source>
        <translation>Punkt der Checklisten-Vorlage verschieben</translation>
    </message>
    <message numerus="yes">
        <source>The item falls due after %n days already.</source>
        <translation>
            <numerusform>Der Punkt ist bereits nach %n Tag fällig.</numerusform>
            <numerusform>Der Punkt ist bereits nach %n Tagen fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change checklist item&apos;s due day</source>
        <translation>Fälligkeitstag des Checklistenpunkts ändern</translation>
    </message>
    <message>
        <source>Remove checklist template item</source>
        <translation>Punkt aus der Checklisten-Vorlage entfernen</translation>
    </message>
    <message>
        <source>The pairing no longer exists; it may have been deleted.</source>
        <translation>Das Tandem existiert nicht mehr; möglicherweise wurde es gelöscht.</translation>
    </message>
    <message>
        <source>A rating is 1 to 5.</source>
        <translation>Eine Bewertung liegt zwischen 1 und 5.</translation>
    </message>
    <message>
        <source>Enter the day the feedback was given.</source>
        <translation>Geben Sie den Tag ein, an dem das Feedback gegeben wurde.</translation>
    </message>
    <message>
        <source>Feedback cannot be given in the future; enter today or an earlier day.</source>
        <translation>Feedback kann nicht in der Zukunft gegeben werden; geben Sie heute oder einen früheren Tag ein.</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>Feedback erfassen</translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation>Feedback bearbeiten</translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation>Feedback löschen</translation>
    </message>
    <message>
        <source>Copy checklist template</source>
        <translation>Checklistenvorlage kopieren</translation>
    </message>
    <message>
        <source>Add checklist template</source>
        <translation>Checklistenvorlage hinzufügen</translation>
    </message>
    <message>
        <source>New pairings get “%1” already.</source>
        <translation>Neue Tandems erhalten bereits „%1“.</translation>
    </message>
    <message>
        <source>Use checklist template for new pairings</source>
        <translation>Checklistenvorlage für neue Tandems verwenden</translation>
    </message>
    <message>
        <source>“%1” is the template new pairings get, so it cannot be deleted. Choose another template for new pairings first, then delete this one.</source>
        <translation>„%1“ ist die Vorlage, die neue Tandems erhalten, und kann daher nicht gelöscht werden. Wählen Sie zuerst eine andere Vorlage für neue Tandems und löschen Sie dann diese.</translation>
    </message>
    <message>
        <source>Delete checklist template</source>
        <translation>Checklistenvorlage löschen</translation>
    </message>
</context>
<context>
    <name>ChecklistRepository</name>
    <message>
        <source>The checklist or feedback changed since this step was taken (it was edited or deleted elsewhere), so the step cannot be carried out.</source>
        <translation>Die Checkliste oder das Feedback hat sich seit diesem Schritt geändert (es wurde an anderer Stelle bearbeitet oder gelöscht), daher kann der Schritt nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>The change could not be written: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>New pairings need a template to get their checklists from: choose another template for new pairings first.</source>
        <translation>Neue Tandems brauchen eine Vorlage für ihre Checklisten: Wählen Sie zuerst eine andere Vorlage für neue Tandems.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Own storefront</source>
        <translation>Eigener Shop</translation>
    </message>
    <message>
        <source>Marketplace app</source>
        <translation>Marktplatz-App</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>Großhandel</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Nicht aufgenommen</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Absolviert</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High potential</source>
        <translation>Hohes Potenzial</translation>
    </message>
    <message>
        <source>Data-driven</source>
        <translation>Datengetrieben</translation>
    </message>
    <message>
        <source>Intuitive</source>
        <translation>Intuitiv</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Probephase</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>Mentee withdrew</source>
        <translation>Mentee ausgeschieden</translation>
    </message>
    <message>
        <source>Mentor unavailable</source>
        <translation>Mentor nicht verfügbar</translation>
    </message>
    <message>
        <source>Re-matched</source>
        <translation>Neu zugeordnet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Live call</source>
        <translation>Live-Gespräch</translation>
    </message>
    <message>
        <source>Async exchange</source>
        <translation>Asynchroner Austausch</translation>
    </message>
    <message>
        <source>Checklist review</source>
        <translation>Checklisten-Durchsicht</translation>
    </message>
    <message>
        <source>Cohort roundtable</source>
        <translation>Kohortenrunde</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preisgestaltung</translation>
    </message>
    <message>
        <source>Inventory management</source>
        <translation>Bestandsmanagement</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <source>Policy compliance</source>
        <translation>Richtlinientreue</translation>
    </message>
    <message>
        <source>Listing optimisation</source>
        <translation>Angebotsoptimierung</translation>
    </message>
    <message>
        <source>Supplier negotiation</source>
        <translation>Lieferantenverhandlung</translation>
    </message>
    <message>
        <source>Data-driven decisions</source>
        <translation>Datengetriebene Entscheidungen</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
</context>
<context>
    <name>CohortAdherenceReader</name>
    <message>
        <source>The program is not open.</source>
        <translation>Das Programm ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>No cohort</source>
        <translation>Keine Kohorte</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>There is no field “%1” in this kind of import.</source>
        <translation>Bei dieser Art von Import gibt es kein Feld „%1“.</translation>
    </message>
    <message>
        <source>The file has no column %1.</source>
        <translation>Die Datei hat keine Spalte %1.</translation>
    </message>
    <message>
        <source>Column %1 is already mapped to %2; a column can fill only one field.</source>
        <translation>Spalte %1 ist bereits %2 zugeordnet; eine Spalte kann nur ein Feld füllen.</translation>
    </message>
    <message>
        <source>Column %1 → %2</source>
        <translation>Spalte %1 → %2</translation>
    </message>
    <message>
        <source>The column mapping was made for another kind of file or another number of columns.</source>
        <translation>Die Spaltenzuordnung wurde für eine andere Dateiart oder eine andere Spaltenanzahl erstellt.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1

Exit code 0: done; 1: done with warnings (the summary says how many); 2: unusable input or options, nothing was written; 130: cancelled, nothing was written.</source>
        <translation>%1

Exit-Code 0: erledigt; 1: erledigt mit Warnungen (die Zusammenfassung sagt, wie viele); 2: unbrauchbare Eingabe oder Optionen, nichts wurde geschrieben; 130: abgebrochen, nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>%1 Run &apos;mentordesk %2 --help&apos;.</source>
        <translation>%1 Rufen Sie &apos;mentordesk %2 --help&apos; auf.</translation>
    </message>
    <message>
        <source>mentordesk %1: %2</source>
        <translation>mentordesk %1: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Open the program file &lt;file&gt;.</source>
        <translation>Öffnet die Programmdatei &lt;Datei&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo program (created from a fixed seed).</source>
        <translation>Öffnet eine neue Kopie des Demoprogramms (aus einem festen Startwert erzeugt).</translation>
    </message>
    <message>
        <source>Save the window as an image &lt;file&gt; once shown, then quit.</source>
        <translation>Speichert das Fenster nach dem Anzeigen als Bild &lt;Datei&gt; und beendet dann das Programm.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available in this version of MentorDesk yet.</source>
        <translation>&apos;%1&apos; ist in dieser Version von MentorDesk noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;mentordesk --help&apos; for the commands.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;. Die Befehle zeigt &apos;mentordesk --help&apos;.</translation>
    </message>
    <message>
        <source>--demo and --database cannot be used together: the demo has its own file.</source>
        <translation>--demo und --database können nicht zusammen verwendet werden: Die Demo hat ihre eigene Datei.</translation>
    </message>
    <message>
        <source>There is no program file at &apos;%1&apos;. Check the path, or start MentorDesk without --database and choose File &gt; New Program.</source>
        <translation>Unter &apos;%1&apos; gibt es keine Programmdatei. Prüfen Sie den Pfad oder starten Sie MentorDesk ohne --database und wählen Sie Datei &gt; Neues Programm.</translation>
    </message>
    <message>
        <source>%1 Run &apos;mentordesk --help&apos; for the options.</source>
        <translation>%1 Mit „mentordesk --help“ sehen Sie die Optionen.</translation>
    </message>
    <message>
        <source>MentorDesk — the desk for marketplace seller-mentorship programs.</source>
        <translation>MentorDesk – der Schreibtisch für Mentoring-Programme von Marktplatz-Händlern.</translation>
    </message>
    <message>
        <source>Commands (run without a window; see &apos;mentordesk COMMAND --help&apos;):</source>
        <translation>Befehle (laufen ohne Fenster; siehe &apos;mentordesk BEFEHL --help&apos;):</translation>
    </message>
    <message>
        <source>Optional command, see the list above.</source>
        <translation>Optionaler Befehl, siehe die Liste oben.</translation>
    </message>
    <message>
        <source>Show workspace &lt;n&gt; first (0 sellers, 1 mentors, 2 cohorts, 3 calendar, 4 needs attention, 5 resources).</source>
        <translation>Arbeitsbereich &lt;n&gt; zuerst zeigen (0 Händler, 1 Mentoren, 2 Kohorten, 3 Kalender, 4 zu erledigen, 5 Ressourcen).</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The encoding “%1” cannot be read on this computer. Choose another encoding.</source>
        <translation>Die Kodierung „%1“ kann auf diesem Computer nicht gelesen werden. Wählen Sie eine andere Kodierung.</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>Values cannot be separated by a quotation mark or a line end. Choose another delimiter.</source>
        <translation>Werte können nicht durch ein Anführungszeichen oder ein Zeilenende getrennt werden. Wählen Sie ein anderes Trennzeichen.</translation>
    </message>
    <message>
        <source>The record that starts on line %1 is longer than %2 characters, which usually means that a quotation mark is missing. Check the quoting from line %1 on and import the file again.</source>
        <translation>Der Datensatz, der in Zeile %1 beginnt, ist länger als %2 Zeichen; meist fehlt dann ein Anführungszeichen. Prüfen Sie die Anführungszeichen ab Zeile %1 und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The file could not be read (%1). Check that it is still there and readable, and import it again.</source>
        <translation>Die Datei konnte nicht gelesen werden (%1). Prüfen Sie, ob sie noch vorhanden und lesbar ist, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quotation mark appears inside a value that does not start with one. It was kept as part of the value; check that the value is complete.</source>
        <translation>Zeile %1, Spalte %2: Ein Anführungszeichen steht innerhalb eines Werts, der nicht mit einem Anführungszeichen beginnt. Es wurde als Teil des Werts übernommen; prüfen Sie, ob der Wert vollständig ist.</translation>
    </message>
    <message>
        <source>Line %1, column %2: text follows the closing quotation mark of a quoted value. It was added to the value; check that the value is complete.</source>
        <translation>Zeile %1, Spalte %2: Auf das schließende Anführungszeichen eines Werts in Anführungszeichen folgt noch Text. Er wurde dem Wert hinzugefügt; prüfen Sie, ob der Wert vollständig ist.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the quoted value that starts here is never closed, so the rest of the file was read into it. Add the missing quotation mark and import the file again.</source>
        <translation>Zeile %1, Spalte %2: Der hier beginnende Wert in Anführungszeichen wird nie geschlossen, daher wurde der Rest der Datei in ihn eingelesen. Ergänzen Sie das fehlende Anführungszeichen und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The record on line %1 contains bytes that are not valid %2 text; they were replaced by “�”. Choose the encoding the file was saved in and import it again.</source>
        <translation>Der Datensatz in Zeile %1 enthält Bytes, die kein gültiger %2-Text sind; sie wurden durch „�“ ersetzt. Wählen Sie die Kodierung, in der die Datei gespeichert wurde, und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>DemoProgram</name>
    <message>
        <source>MentorDesk could not create the demo program (%1). The program file was left as it was; try again with a new, empty program.</source>
        <translation>MentorDesk konnte das Demoprogramm nicht anlegen (%1). Die Programmdatei wurde nicht verändert; versuchen Sie es mit einem neuen, leeren Programm erneut.</translation>
    </message>
    <message>
        <source>no valid date for today</source>
        <translation>kein gültiges heutiges Datum</translation>
    </message>
    <message>
        <source>the program already has records</source>
        <translation>das Programm enthält bereits Datensätze</translation>
    </message>
</context>
<context>
    <name>DemoProgramFile</name>
    <message>
        <source>“%1” is a real program, not the demo; MentorDesk will not replace it. Choose another file for the demo.</source>
        <translation>„%1“ ist ein echtes Programm, nicht die Demo; MentorDesk ersetzt es nicht. Wählen Sie eine andere Datei für die Demo.</translation>
    </message>
    <message>
        <source>The demo program could not be saved as “%1”. Check that the folder is writable.</source>
        <translation>Das Demoprogramm konnte nicht als „%1“ gespeichert werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Add record</source>
        <translation>Datensatz hinzufügen</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Change cohort</source>
        <translation>Kohorte ändern</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Commit match run %1</source>
        <translation>Matching-Lauf %1 übernehmen</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <source>Unusual Value</source>
        <translation>Ungewöhnlicher Wert</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>Beibe&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
</context>
<context>
    <name>FieldSpec</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address; use the form name@example.com.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse; verwenden Sie die Form name@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices for %2.</source>
        <translation>„%1“ ist kein zulässiger Wert für %2.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>“%1” is not a number as this language writes it: decimals follow “%2” (for example %3), and “%4” only groups thousands.</source>
        <translation>„%1“ ist keine Zahl, wie diese Sprache sie schreibt: Nachkommastellen folgen auf „%2“ (zum Beispiel %3), und „%4“ trennt nur Tausender.</translation>
    </message>
    <message>
        <source>%1 %2/5</source>
        <comment>skill, level</comment>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <source>“%1” is not a calendar date; write it as %2 or 2026-03-31.</source>
        <translation>„%1“ ist kein gültiges Datum; schreiben Sie es als %2 oder 2026-03-31.</translation>
    </message>
    <message>
        <source>%1 of %2 is unusual: values are usually between %3 and %4. Keep %2?</source>
        <translation>%1 von %2 ist ungewöhnlich: Die Werte liegen meist zwischen %3 und %4. %2 beibehalten?</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Seller ID</source>
        <translation>Händler-ID</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>First sale</source>
        <translation>Erster Verkauf</translation>
    </message>
    <message>
        <source>Growth target</source>
        <translation>Wachstumsziel</translation>
    </message>
    <message>
        <source>Orders/week</source>
        <translation>Bestellungen/Woche</translation>
    </message>
    <message>
        <source>Inventory complexity</source>
        <translation>Sortimentskomplexität</translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation>Std./Woche</translation>
    </message>
    <message>
        <source>Coaching style</source>
        <translation>Coaching-Stil</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Problemfelder</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Listing quality</source>
        <translation>Angebotsqualität</translation>
    </message>
    <message>
        <source>Metrics as of</source>
        <translation>Kennzahlen vom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Auszeichnung</translation>
    </message>
    <message>
        <source>Stipend/month</source>
        <translation>Vergütung/Monat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Focus category</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>Roundtable day</source>
        <translation>Roundtable-Tag</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Beendigungsgrund</translation>
    </message>
    <message>
        <source>Price competitiveness</source>
        <translation>Preiswettbewerbsfähigkeit</translation>
    </message>
    <message>
        <source>Period (days)</source>
        <translation>Zeitraum (Tage)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Returned orders</source>
        <translation>Retournierte Bestellungen</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Retourenquote</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Inventory turnover</source>
        <translation>Lagerumschlag</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Wiederkaufrate</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschn. Bestellwert</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>Mentor ID</source>
        <translation>Mentor-ID</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Most orders/week</source>
        <translation>Max. Bestellungen/Woche</translation>
    </message>
    <message>
        <source>Most inventory complexity</source>
        <translation>Max. Sortimentskomplexität</translation>
    </message>
    <message>
        <source>Best growth/year</source>
        <translation>Bestes Wachstum/Jahr</translation>
    </message>
    <message>
        <source>Work starts</source>
        <translation>Arbeitsbeginn</translation>
    </message>
    <message>
        <source>Work ends</source>
        <translation>Arbeitsende</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Builds a marketplace-scale program file for benchmarks: sellers with metric snapshots, mentors, pairings and touchpoints.</source>
        <translation>Erzeugt eine Programmdatei im Marktplatzmaßstab für Benchmarks: Händler mit Kennzahlen-Snapshots, Mentoren, Tandems und Kontaktpunkte.</translation>
    </message>
    <message>
        <source>The new program file to write (must not exist).</source>
        <translation>Die neu zu schreibende Programmdatei (darf noch nicht existieren).</translation>
    </message>
    <message>
        <source>Number of sellers (default 1000000).</source>
        <translation>Anzahl der Händler (Standard: 1000000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Number of mentors (default 10000).</source>
        <translation>Anzahl der Mentoren (Standard: 10000).</translation>
    </message>
    <message>
        <source>Number of touchpoints (default 10000000).</source>
        <translation>Anzahl der Kontaktpunkte (Standard: 10000000).</translation>
    </message>
    <message>
        <source>Monthly metric snapshots per seller (default 1).</source>
        <translation>Monatliche Kennzahlen-Snapshots pro Händler (Standard: 1).</translation>
    </message>
    <message>
        <source>Wrote %1: %2 sellers, %3 mentors, %4 touchpoints in %5 s.</source>
        <translation>%1 geschrieben: %2 Händler, %3 Mentoren, %4 Kontaktpunkte in %5 s.</translation>
    </message>
    <message>
        <source>build a marketplace-scale program file for benchmarks</source>
        <translation>eine Programmdatei in Marktplatzgröße für Benchmarks erzeugen</translation>
    </message>
    <message>
        <source>say where to write the program with --database FILE.</source>
        <translation>geben Sie mit --database DATEI an, wohin das Programm geschrieben wird.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; it is left alone. Choose a new file name.</source>
        <translation>&apos;%1&apos; gibt es schon; die Datei bleibt unverändert. Wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &apos;%3&apos;.</source>
        <translation>--%1 braucht eine ganze Zahl von mindestens %2, nicht &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ICalendarExport</name>
    <message>
        <source>The range starts on %1, after its end on %2; give a start on or before the end.</source>
        <translation>Der Zeitraum beginnt am %1, nach seinem Ende am %2; geben Sie einen Beginn am oder vor dem Ende an.</translation>
    </message>
    <message>
        <source>No mentor has the ID “%1”; check the Mentors workspace for their ID.</source>
        <translation>Kein Mentor hat die ID „%1“; sehen Sie im Bereich Mentoren nach der ID.</translation>
    </message>
    <message>
        <source>No mentee has the seller ID “%1”; check the Sellers workspace for their ID.</source>
        <translation>Kein Mentee hat die Händler-ID „%1“; sehen Sie im Bereich Händler nach der ID.</translation>
    </message>
    <message>
        <source>There is no cohort named “%1”; check the spelling in the Cohorts workspace.</source>
        <translation>Es gibt keine Kohorte namens „%1“; prüfen Sie die Schreibweise im Bereich Kohorten.</translation>
    </message>
    <message>
        <source>The calendar could not be written to “%1”: %2. Choose another folder or file name.</source>
        <translation>Der Kalender konnte nicht nach „%1“ geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
</context>
<context>
    <name>ICalendarImport</name>
    <message>
        <source>An event without a title</source>
        <translation>Ein Ereignis ohne Titel</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>“%1” (UID %2)</source>
        <translation>„%1“ (UID %2)</translation>
    </message>
    <message>
        <source>“%1” on %2</source>
        <translation>„%1“ am %2</translation>
    </message>
    <message>
        <source>Matched by its UID.</source>
        <translation>Über die UID zugeordnet.</translation>
    </message>
    <message>
        <source>Its UID is a recurring touchpoint&apos;s, but the event does not repeat; change the series in MentorDesk.</source>
        <translation>Die UID gehört zu einer Terminserie, aber das Ereignis wiederholt sich nicht; ändern Sie die Serie in MentorDesk.</translation>
    </message>
    <message>
        <source>Matched by its attendees&apos; e-mail addresses and its start.</source>
        <translation>Über die E-Mail-Adressen der Teilnehmer und den Beginn zugeordnet.</translation>
    </message>
    <message>
        <source>It changes one occurrence of a recurring event that is neither in MentorDesk nor in this file.</source>
        <translation>Es ändert einen Termin einer Serie, die weder in MentorDesk noch in dieser Datei vorhanden ist.</translation>
    </message>
    <message>
        <source>Matched by its UID and its original start.</source>
        <translation>Über die UID und den ursprünglichen Beginn zugeordnet.</translation>
    </message>
    <message>
        <source>Its recurring touchpoint has no occurrence at its original start (it may have been deleted in MentorDesk).</source>
        <translation>Die zugehörige Terminserie hat keinen Termin zum ursprünglichen Beginn (er wurde möglicherweise in MentorDesk gelöscht).</translation>
    </message>
    <message>
        <source>Its UID is a single touchpoint&apos;s, but the event repeats; change it in MentorDesk.</source>
        <translation>Die UID gehört zu einem Einzeltermin, aber das Ereignis wiederholt sich; ändern Sie ihn in MentorDesk.</translation>
    </message>
    <message>
        <source>It is a cancelled recurring event that MentorDesk never had.</source>
        <translation>Es ist ein abgesagtes Serienereignis, das es in MentorDesk nie gab.</translation>
    </message>
    <message>
        <source>Its time zone is not one MentorDesk can anchor a recurring touchpoint in.</source>
        <translation>Seine Zeitzone kann MentorDesk nicht für eine Terminserie verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>Cancels %n occurrence(s) the other calendar removed.</source>
        <translation>
            <numerusform>Sagt %n Termin der Serie ab, den der andere Kalender entfernt hat.</numerusform>
            <numerusform>Sagt %n Termine der Serie ab, die der andere Kalender entfernt hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its rule gives no occurrence.</source>
        <translation>Seine Regel ergibt keinen Termin.</translation>
    </message>
    <message>
        <source>Adds a recurring touchpoint (%1).</source>
        <translation>Fügt eine Terminserie hinzu (%1).</translation>
    </message>
    <message>
        <source>Adds a touchpoint of %1 with %2.</source>
        <translation>Fügt einen Termin von %1 mit %2 hinzu.</translation>
    </message>
    <message>
        <source>It is done in MentorDesk, where it keeps its time.</source>
        <translation>Er ist in MentorDesk erledigt und behält dort seine Zeit.</translation>
    </message>
    <message>
        <source>Updates the touchpoint. %1</source>
        <translation>Aktualisiert den Termin. %1</translation>
    </message>
    <message>
        <source>Updates the touchpoint. %1 %2</source>
        <translation>Aktualisiert den Termin. %1 %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Matched by its attendees&apos; e-mail addresses and its day.</source>
        <translation>Über die E-Mail-Adressen der Teilnehmenden und den Tag zugeordnet.</translation>
    </message>
    <message numerus="yes">
        <source>An all-day event over %n day(s): the touchpoint is on its first day at %1 (%2), with no length.</source>
        <translation>
            <numerusform>Ein ganztägiger Termin über %n Tag: Der Termin liegt an seinem ersten Tag um %1 (%2), ohne Dauer.</numerusform>
            <numerusform>Ein ganztägiger Termin über %n Tage: Der Termin liegt an seinem ersten Tag um %1 (%2), ohne Dauer.</numerusform>
        </translation>
    </message>
    <message>
        <source>An all-day event: the touchpoint is at %1 (%2) that day, with no length.</source>
        <translation>Ein ganztägiger Termin: Der Termin liegt an diesem Tag um %1 (%2), ohne Dauer.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>its zone “%1” is not one MentorDesk knows</source>
        <translation>seine Zeitzone „%1“ kennt MentorDesk nicht</translation>
    </message>
    <message>
        <source>The series&apos; rule changed in the other calendar; not applied (UID %1): %2</source>
        <translation>Die Regel der Serie wurde im anderen Kalender geändert; nicht übernommen (UID %1): %2</translation>
    </message>
    <message>
        <source>the new rule gives no occurrence</source>
        <translation>die neue Regel ergibt keinen Termin</translation>
    </message>
    <message>
        <source>Follows the rule changed in the other calendar (%1): its planned occurrences from now on move; logged, moved and past ones stay.</source>
        <translation>Folgt der im anderen Kalender geänderten Regel (%1): Die geplanten Termine ab jetzt werden verschoben; erfasste, verschobene und vergangene bleiben.</translation>
    </message>
    <message>
        <source>An all-day event: the touchpoint moves to that day and keeps its time of day.</source>
        <translation>Ein ganztägiger Termin: Der Termin wird auf diesen Tag verschoben und behält seine Uhrzeit.</translation>
    </message>
</context>
<context>
    <name>ICalendarMatcher</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No mentor has any of its attendees&apos; e-mail addresses (%1); add the mentor&apos;s address in the Mentors workspace, or the event was not a mentoring session.</source>
        <translation>Kein Mentor hat eine der E-Mail-Adressen der Teilnehmer (%1); tragen Sie die Adresse des Mentors im Bereich Mentoren ein, oder das Ereignis war keine Mentoring-Sitzung.</translation>
    </message>
    <message>
        <source>No mentee has any of its attendees&apos; e-mail addresses (%1); add the mentee&apos;s address in the Sellers workspace.</source>
        <translation>Kein Mentee hat eine der E-Mail-Adressen der Teilnehmer (%1); tragen Sie die Adresse des Mentees im Bereich Händler ein.</translation>
    </message>
    <message>
        <source>Its mentor and mentee (%1) have never been paired.</source>
        <translation>Mentor und Mentee (%1) waren nie ein Tandem.</translation>
    </message>
</context>
<context>
    <name>ICalendarPeople</name>
    <message>
        <source>Cohort roundtable</source>
        <translation>Kohortenrunde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>calendar event: what, cohort</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mentoring call</source>
        <translation>Mentoring-Gespräch</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <comment>calendar event: what, mentor, mentee</comment>
        <translation>%1: %2 – %3</translation>
    </message>
</context>
<context>
    <name>ICalendarReader</name>
    <message>
        <source>It has no start time.</source>
        <translation>Es hat keine Startzeit.</translation>
    </message>
    <message>
        <source>Its time “%1” cannot be read.</source>
        <translation>Seine Zeitangabe „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Its time zone “%1” is neither a known zone nor described in the file.</source>
        <translation>Seine Zeitzone „%1“ ist weder bekannt noch in der Datei beschrieben.</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it has no BEGIN:VCALENDAR line. Export the calendar as .ics from your calendar application and try again.</source>
        <translation>Dies ist keine iCalendar-Datei: Sie enthält keine Zeile BEGIN:VCALENDAR. Exportieren Sie den Kalender aus Ihrer Kalenderanwendung als .ics und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file&apos;s calendar cannot be read: it is damaged or incomplete.</source>
        <translation>Der Kalender der Datei kann nicht gelesen werden: Er ist beschädigt oder unvollständig.</translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <source>This import is not in the program&apos;s history.</source>
        <translation>Dieser Import ist nicht im Verlauf des Programms enthalten.</translation>
    </message>
    <message>
        <source>This import of “%1” has been undone already.</source>
        <translation>Dieser Import von „%1“ wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Only the most recent import can be undone; undo the later imports first, newest first.</source>
        <translation>Nur der letzte Import kann rückgängig gemacht werden; machen Sie zuerst die späteren Importe rückgängig, den neuesten zuerst.</translation>
    </message>
    <message>
        <source>Sellers this import added have since been paired (%1), put in cohorts (%2) or become mentors (%3); undoing the import would delete that work too, so it stays.</source>
        <translation>Von diesem Import hinzugefügte Händler wurden inzwischen Tandems zugeordnet (%1), in Kohorten aufgenommen (%2) oder zu Mentoren (%3); das Rückgängigmachen würde diese Arbeit ebenfalls löschen, daher bleibt der Import bestehen.</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>Der Import konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s) this import added or updated have been edited since; undoing the import would lose those edits, so it stays.</source>
        <translation>
            <numerusform>%n Händler, den dieser Import hinzugefügt oder aktualisiert hat, wurde seitdem bearbeitet; das Rückgängigmachen des Imports würde diese Änderungen verlieren, daher bleibt er bestehen.</numerusform>
            <numerusform>%n Händler, die dieser Import hinzugefügt oder aktualisiert hat, wurden seitdem bearbeitet; das Rückgängigmachen des Imports würde diese Änderungen verlieren, daher bleibt er bestehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentors this import added have since been paired (%1), proposed or pinned in a match run still open (%2) or have declared conflicts of interest (%3); undoing the import would delete that work too, so it stays.</source>
        <translation>Mentoren, die dieser Import hinzugefügt hat, wurden inzwischen einem Tandem zugeordnet (%1), in einem noch offenen Matching-Lauf vorgeschlagen oder fixiert (%2) oder haben Interessenkonflikte angegeben (%3); das Rückgängigmachen des Imports würde auch diese Arbeit löschen, daher bleibt er bestehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) this import added or updated have been edited since; undoing the import would lose those edits, so it stays.</source>
        <translation>
            <numerusform>%n Mentor, den dieser Import hinzugefügt oder aktualisiert hat, wurde seitdem bearbeitet; das Rückgängigmachen des Imports würde diese Änderungen verlieren, daher bleibt er bestehen.</numerusform>
            <numerusform>%n Mentoren, die dieser Import hinzugefügt oder aktualisiert hat, wurden seitdem bearbeitet; das Rückgängigmachen des Imports würde diese Änderungen verlieren, daher bleibt er bestehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Cancelling: the program is left as it was…</source>
        <translation>Abbruch: Das Programm bleibt unverändert…</translation>
    </message>
    <message>
        <source>Writing the rows and rebuilding the indexes…</source>
        <translation>Die Zeilen werden geschrieben und die Indizes neu aufgebaut…</translation>
    </message>
    <message numerus="yes">
        <source>%1 % read, %Ln row(s)</source>
        <translation>
            <numerusform>%1 % gelesen, %Ln Zeile</numerusform>
            <numerusform>%1 % gelesen, %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, column “%2”: %3</source>
        <translation>Zeile %1, Spalte „%2“: %3</translation>
    </message>
    <message>
        <source>line %1, column “%2”: value “%3”: %4</source>
        <translation>Zeile %1, Spalte „%2“: Wert „%3“: %4</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>New categories: %1</source>
        <translation>Neue Kategorien: %1</translation>
    </message>
    <message>
        <source>New countries: %1</source>
        <translation>Neue Länder: %1</translation>
    </message>
    <message>
        <source>New time zones: %1</source>
        <translation>Neue Zeitzonen: %1</translation>
    </message>
    <message>
        <source>New values of “%1”: %2</source>
        <translation>Neue Werte für „%1“: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Had it been an import:</source>
        <translation>Probelauf: Es wurde nichts geschrieben. Ein echter Import hätte ergeben:</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln row(s) from “%1”.</source>
        <translation>
            <numerusform>%Ln Zeile aus „%1“ gelesen.</numerusform>
            <numerusform>%Ln Zeilen aus „%1“ gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seller(s) added</source>
        <translation>
            <numerusform>%Ln Händler hinzugefügt</numerusform>
            <numerusform>%Ln Händler hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seller(s) updated</source>
        <translation>
            <numerusform>%Ln Händler aktualisiert</numerusform>
            <numerusform>%Ln Händler aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seller(s) unchanged</source>
        <translation>
            <numerusform>%Ln Händler unverändert</numerusform>
            <numerusform>%Ln Händler unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped: the seller is already in the program (--on-duplicate update replaces their values)</source>
        <translation>
            <numerusform>%Ln Zeile übersprungen: Der Händler ist bereits im Programm (--on-duplicate update ersetzt seine Werte)</numerusform>
            <numerusform>%Ln Zeilen übersprungen: Die Händler sind bereits im Programm (--on-duplicate update ersetzt ihre Werte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln Zeile abgelehnt</numerusform>
            <numerusform>%Ln Zeilen abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln metric snapshot(s) added</source>
        <translation>
            <numerusform>%Ln Kennzahlen-Snapshot hinzugefügt</numerusform>
            <numerusform>%Ln Kennzahlen-Snapshots hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln metric snapshot(s) updated</source>
        <translation>
            <numerusform>%Ln Kennzahlen-Snapshot aktualisiert</numerusform>
            <numerusform>%Ln Kennzahlen-Snapshots aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln metric snapshot(s) unchanged</source>
        <translation>
            <numerusform>%Ln Kennzahlen-Snapshot unverändert</numerusform>
            <numerusform>%Ln Kennzahlen-Snapshots unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import batch %1.</source>
        <translation>Importvorgang %1.</translation>
    </message>
    <message>
        <source>Safety copy of the program before the import: “%1”.</source>
        <translation>Sicherungskopie des Programms vor dem Import: „%1“.</translation>
    </message>
    <message>
        <source>Took %1 s.</source>
        <translation>Dauer: %1 s.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Use the column mapping saved in the import wizard as &lt;name&gt;.</source>
        <translation>Verwendet die im Importassistenten als &lt;Name&gt; gespeicherte Spaltenzuordnung.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Use the column mapping of &lt;file&gt; (JSON, see docs/import-mapping.md).</source>
        <translation>Verwendet die Spaltenzuordnung aus &lt;Datei&gt; (JSON, siehe docs/import-mapping.md).</translation>
    </message>
    <message>
        <source>The file&apos;s encoding, e.g. UTF-8 or windows-1252 (default: detected).</source>
        <translation>Die Kodierung der Datei, z. B. UTF-8 oder windows-1252 (Standard: automatisch erkannt).</translation>
    </message>
    <message>
        <source>What separates the values: , ; | or tab (default: detected).</source>
        <translation>Das Trennzeichen zwischen den Werten: , ; | oder tab (Standard: automatisch erkannt).</translation>
    </message>
    <message>
        <source>d</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>What to do with sellers already in the program: update (default) or skip.</source>
        <translation>Was mit Händlern geschieht, die bereits im Programm sind: update (Standard) oder skip.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>The date of the metric snapshots of rows without one (default: the file&apos;s date).</source>
        <translation>Das Datum der Kennzahlen-Snapshots für Zeilen ohne eigenes Datum (Standard: das Datum der Datei).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Check and count everything, then write nothing.</source>
        <translation>Prüft und zählt alles, schreibt aber nichts.</translation>
    </message>
    <message>
        <source>Write every rejected row, with the reason, to &lt;file&gt; (CSV).</source>
        <translation>Schreibt jede abgelehnte Zeile mit dem Grund in &lt;Datei&gt; (CSV).</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--profile and --mapping cannot be used together: each gives the whole mapping.</source>
        <translation>--profile und --mapping können nicht zusammen verwendet werden: Beide legen die gesamte Zuordnung fest.</translation>
    </message>
    <message>
        <source>MentorDesk cannot read the encoding &apos;%1&apos;. Encodings it knows include %2.</source>
        <translation>MentorDesk kann die Kodierung &apos;%1&apos; nicht lesen. Bekannte Kodierungen sind unter anderem %2.</translation>
    </message>
    <message>
        <source>--delimiter takes , ; | or tab, not &apos;%1&apos;.</source>
        <translation>--delimiter erwartet , ; | oder tab, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip or update, not &apos;%1&apos;.</source>
        <translation>--on-duplicate erwartet skip oder update, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--export-date needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--export-date erwartet ein Datum im Format JJJJ-MM-TT, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Reading “%1”: %2, values separated by %3, with a header row.</source>
        <translation>„%1“ wird gelesen: %2, Werte getrennt durch %3, mit Kopfzeile.</translation>
    </message>
    <message>
        <source>Reading “%1”: %2, values separated by %3, without a header row.</source>
        <translation>„%1“ wird gelesen: %2, Werte getrennt durch %3, ohne Kopfzeile.</translation>
    </message>
    <message>
        <source>Columns used:</source>
        <translation>Verwendete Spalten:</translation>
    </message>
    <message>
        <source>Columns left out: none.</source>
        <translation>Ausgelassene Spalten: keine.</translation>
    </message>
    <message>
        <source>Columns left out: %1.</source>
        <translation>Ausgelassene Spalten: %1.</translation>
    </message>
    <message>
        <source>Metric snapshots are dated %1 (--export-date).</source>
        <translation>Kennzahlen-Snapshots erhalten das Datum %1 (--export-date).</translation>
    </message>
    <message>
        <source>Metric snapshots are dated %1, the file&apos;s date; give another with --export-date.</source>
        <translation>Kennzahlen-Snapshots erhalten das Datum %1, das Datum der Datei; ein anderes können Sie mit --export-date angeben.</translation>
    </message>
    <message>
        <source>no column of “%1” fills %2, which an import needs. Name the columns with --mapping FILE.json (see docs/import-mapping.md) or --profile NAME.</source>
        <translation>Keine Spalte von „%1“ füllt das Feld %2, das für einen Import erforderlich ist. Benennen Sie die Spalten mit --mapping DATEI.json (siehe docs/import-mapping.md) oder --profile NAME.</translation>
    </message>
    <message>
        <source>Created the new program “%1”.</source>
        <translation>Das neue Programm „%1“ wurde angelegt.</translation>
    </message>
    <message>
        <source>Importing into “%1”.</source>
        <translation>Import in „%1“.</translation>
    </message>
    <message>
        <source>The program was upgraded; its previous version is at “%1”.</source>
        <translation>Das Programm wurde aktualisiert; die vorherige Version liegt unter „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s) (run again with --errors REPORT.csv to get them all).</source>
        <translation>
            <numerusform>… und %Ln weiteres Problem (führen Sie den Befehl mit --errors BERICHT.csv erneut aus, um alle zu erhalten).</numerusform>
            <numerusform>… und %Ln weitere Probleme (führen Sie den Befehl mit --errors BERICHT.csv erneut aus, um alle zu erhalten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s) (see --errors “%1”).</source>
        <translation>
            <numerusform>… und %Ln weiteres Problem (siehe --errors „%1“).</numerusform>
            <numerusform>… und %Ln weitere Probleme (siehe --errors „%1“).</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were rejected; see “%1”.</source>
        <translation>
            <numerusform>%Ln Zeile wurde abgelehnt; siehe „%1“.</numerusform>
            <numerusform>%Ln Zeilen wurden abgelehnt; siehe „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were rejected; run again with --errors REPORT.csv to get them in a file.</source>
        <translation>
            <numerusform>%Ln Zeile wurde abgelehnt; führen Sie den Befehl mit --errors BERICHT.csv erneut aus, um sie in eine Datei zu schreiben.</numerusform>
            <numerusform>%Ln Zeilen wurden abgelehnt; führen Sie den Befehl mit --errors BERICHT.csv erneut aus, um sie in eine Datei zu schreiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The program file to import into; created when it does not exist.</source>
        <translation>Die Programmdatei, in die importiert wird; sie wird angelegt, wenn es sie nicht gibt.</translation>
    </message>
    <message>
        <source>say which program to import into with --database FILE (it is created when it does not exist).</source>
        <translation>geben Sie mit --database DATEI an, in welches Programm importiert wird (es wird angelegt, falls es fehlt).</translation>
    </message>
    <message>
        <source>import sellers, metric snapshots or mentors from a CSV file</source>
        <translation>Händler, Kennzahlen-Snapshots oder Mentoren aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Imports sellers, metric snapshots or mentors from a CSV file into a program, as the import wizard does, without opening a window.</source>
        <translation>Importiert Händler, Kennzahlen-Snapshots oder Mentoren aus einer CSV-Datei in ein Programm, wie es der Importassistent tut, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>What the file holds: sellers, metrics or mentors.</source>
        <translation>Was die Datei enthält: sellers, metrics oder mentors.</translation>
    </message>
    <message>
        <source>%1 Name the columns with --mapping FILE.json (see docs/import-mapping.md).</source>
        <translation>%1 Benennen Sie die Spalten mit --mapping DATEI.json (siehe docs/import-mapping.md).</translation>
    </message>
    <message>
        <source>say what to import and from which file: mentordesk import sellers|metrics|mentors FILE.</source>
        <translation>geben Sie an, was aus welcher Datei importiert wird: mentordesk import sellers|metrics|mentors DATEI.</translation>
    </message>
    <message>
        <source>--on-duplicate and --export-date are for seller and metrics files; a mentor file always updates the mentors it names.</source>
        <translation>--on-duplicate und --export-date gelten für Händler- und Kennzahlendateien; eine Mentorendatei aktualisiert immer die Mentoren, die sie nennt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not something to import; say sellers, metrics or mentors.</source>
        <translation>&apos;%1&apos; kann nicht importiert werden; geben Sie sellers, metrics oder mentors an.</translation>
    </message>
    <message>
        <source>Read “%1”.</source>
        <translation>„%1“ gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentor(s) added</source>
        <translation>
            <numerusform>%Ln Mentor hinzugefügt</numerusform>
            <numerusform>%Ln Mentoren hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentor(s) updated</source>
        <translation>
            <numerusform>%Ln Mentor aktualisiert</numerusform>
            <numerusform>%Ln Mentoren aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentor(s) unchanged</source>
        <translation>
            <numerusform>%Ln Mentor unverändert</numerusform>
            <numerusform>%Ln Mentoren unverändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportEngine</name>
    <message>
        <source>Imports need an open program file.</source>
        <translation>Für Importe muss eine Programmdatei geöffnet sein.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The encoding of “%1” is not known; choose one of the list.</source>
        <translation>Die Kodierung von „%1“ ist unbekannt; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>The column mapping is for another kind of file.</source>
        <translation>Die Spaltenzuordnung ist für eine andere Dateiart bestimmt.</translation>
    </message>
    <message>
        <source>No column is mapped to %1, which every row needs; map one.</source>
        <translation>Dem Feld %1, das jede Zeile braucht, ist keine Spalte zugeordnet; ordnen Sie eine zu.</translation>
    </message>
    <message>
        <source>The safety copy of the program could not be written next to it (%1), so nothing was imported; free some disk space and try again.</source>
        <translation>Die Sicherungskopie des Programms konnte nicht daneben gespeichert werden (%1), daher wurde nichts importiert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The safety copy “%1” could not be put in place, so nothing was imported.</source>
        <translation>Die Sicherungskopie „%1“ konnte nicht abgelegt werden, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The program file is busy or locked (%1); close other windows using it and try again.</source>
        <translation>Die Programmdatei ist belegt oder gesperrt (%1); schließen Sie andere Fenster, die sie verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The import could not be saved (%1); the program is as it was before. Free some disk space and try again.</source>
        <translation>Der Import konnte nicht gespeichert werden (%1); das Programm ist unverändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The import could not be recorded in the program&apos;s history (%1); nothing was imported.</source>
        <translation>Der Import konnte nicht im Verlauf des Programms vermerkt werden (%1); nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>ImportErrorReport</name>
    <message>
        <source>MentorDesk cannot write the error report “%1”: %2. Choose a folder you can write to.</source>
        <translation>MentorDesk kann den Fehlerbericht „%1“ nicht schreiben: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>MentorDesk could not finish the error report “%1”: %2. Free some disk space or choose another folder, then import again.</source>
        <translation>MentorDesk konnte den Fehlerbericht „%1“ nicht fertigstellen: %2. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner und importieren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>ImportPreparation</name>
    <message>
        <source>seller files</source>
        <translation>Händlerdateien</translation>
    </message>
    <message>
        <source>metrics files</source>
        <translation>Kennzahlendateien</translation>
    </message>
    <message>
        <source>there is no saved import profile “%1” for %2, and none at all yet. Save one in the import wizard, or give the mapping with --mapping FILE.json.</source>
        <translation>Es gibt kein gespeichertes Importprofil „%1“ für %2 und bisher überhaupt keines. Speichern Sie eines im Importassistenten oder geben Sie die Zuordnung mit --mapping DATEI.json an.</translation>
    </message>
    <message>
        <source>there is no saved import profile “%1” for %2. Saved profiles: %3.</source>
        <translation>Es gibt kein gespeichertes Importprofil „%1“ für %2. Gespeicherte Profile: %3.</translation>
    </message>
    <message>
        <source>cannot read the mapping file “%1”: %2.</source>
        <translation>Die Zuordnungsdatei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>the mapping file “%1” cannot be used: %2 See docs/import-mapping.md for the format.</source>
        <translation>Die Zuordnungsdatei „%1“ kann nicht verwendet werden: %2 Das Format ist in docs/import-mapping.md beschrieben.</translation>
    </message>
    <message>
        <source>the mapping file “%1” is for %2, not %3.</source>
        <translation>Die Zuordnungsdatei „%1“ ist für %2 bestimmt, nicht für %3.</translation>
    </message>
    <message>
        <source>the mapping names the encoding &apos;%1&apos;, which MentorDesk cannot read.</source>
        <translation>Die Zuordnung nennt die Kodierung &apos;%1&apos;, die MentorDesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>the mapping does not fit “%1”:
%2</source>
        <translation>Die Zuordnung passt nicht zu „%1“:
%2</translation>
    </message>
    <message>
        <source>mentor files</source>
        <translation>Mentorendateien</translation>
    </message>
</context>
<context>
    <name>ImportProfiles</name>
    <message>
        <source>There is no saved profile “%1”.</source>
        <translation>Es gibt kein gespeichertes Profil „%1“.</translation>
    </message>
    <message>
        <source>The saved profile “%1” cannot be read: %2</source>
        <translation>Das gespeicherte Profil „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The saved profile “%1” is for another kind of file.</source>
        <translation>Das gespeicherte Profil „%1“ ist für eine andere Dateiart bestimmt.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>A profile name cannot contain “/” or “\”.</source>
        <translation>Ein Profilname darf weder „/“ noch „\“ enthalten.</translation>
    </message>
</context>
<context>
    <name>ImportRowValidator</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1 must be between 0 % and 100 % (0 and 1 as a share).</source>
        <translation>%1 muss zwischen 0 % und 100 % liegen (als Anteil zwischen 0 und 1).</translation>
    </message>
    <message>
        <source>%1 must be greater than %2.</source>
        <translation>%1 muss größer als %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 muss mindestens %2 betragen.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n value(s), but the file has %1 columns; check its quotes and delimiters.</source>
        <translation>
            <numerusform>Die Zeile hat %n Wert, die Datei aber %1 Spalten; prüfen Sie die Anführungszeichen und Trennzeichen der Zeile.</numerusform>
            <numerusform>Die Zeile hat %n Werte, die Datei aber %1 Spalten; prüfen Sie die Anführungszeichen und Trennzeichen der Zeile.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is required; map a column to it.</source>
        <translation>%1 ist ein Pflichtfeld; ordnen Sie ihm eine Spalte zu.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address; use the form name@example.com.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse; verwenden Sie die Form name@example.com.</translation>
    </message>
    <message>
        <source>Returned orders (%1) cannot be more than orders (%2).</source>
        <translation>Es kann nicht mehr retournierte Bestellungen (%1) als Bestellungen (%2) geben.</translation>
    </message>
    <message>
        <source>The row has metrics but no date for them; map a date column or give the export date.</source>
        <translation>Die Zeile enthält Kennzahlen, aber kein Datum dafür; ordnen Sie eine Datumsspalte zu oder geben Sie das Exportdatum an.</translation>
    </message>
    <message>
        <source>Seller ID “%1” appears again; line %2 has it already.</source>
        <translation>Die Händler-ID „%1“ kommt mehrfach vor; sie steht bereits in Zeile %2.</translation>
    </message>
    <message>
        <source>Seller “%1” has a second snapshot for %2; line %3 has the first.</source>
        <translation>Händler „%1“ hat einen zweiten Snapshot für %2; der erste steht in Zeile %3.</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>“%1” is a folder, not a file. Choose the CSV file to import.</source>
        <translation>„%1“ ist ein Ordner, keine Datei. Wählen Sie die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>MentorDesk cannot read “%1”: %2. Check that the file exists and is readable.</source>
        <translation>MentorDesk kann „%1“ nicht lesen: %2. Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>“%1” is empty: it holds no rows to import.</source>
        <translation>„%1“ ist leer: Die Datei enthält keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <source>MentorDesk cannot read “%1”: %2</source>
        <translation>MentorDesk kann „%1“ nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>ListFieldRepository</name>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>Der Datensatz existiert nicht mehr; möglicherweise wurde er gelöscht.</translation>
    </message>
    <message>
        <source>The list was changed meanwhile (it is now “%1”); nothing was written.</source>
        <translation>Die Liste wurde inzwischen geändert (sie lautet jetzt „%1“); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The mentor no longer exists; they may have been deleted.</source>
        <translation>Der Mentor existiert nicht mehr; möglicherweise wurde er gelöscht.</translation>
    </message>
    <message>
        <source>The mentor’s skills were changed meanwhile (they are now “%1”); nothing was written.</source>
        <translation>Die Kompetenzen des Mentors wurden inzwischen geändert (sie lauten jetzt „%1“); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The disclosure no longer exists; it may have been removed meanwhile.</source>
        <translation>Die Offenlegung existiert nicht mehr; möglicherweise wurde sie inzwischen entfernt.</translation>
    </message>
    <message>
        <source>The disclosure was changed meanwhile; nothing was written.</source>
        <translation>Die Offenlegung wurde inzwischen geändert; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>“%1” and “%2” are already related.</source>
        <translation>„%1“ und „%2“ sind bereits verwandt.</translation>
    </message>
    <message>
        <source>“%1” and “%2” are no longer related; the pair may have been removed meanwhile.</source>
        <translation>„%1“ und „%2“ sind nicht mehr verwandt; möglicherweise wurde das Paar inzwischen entfernt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MentorDesk programs (*.mentordesk)</source>
        <translation>MentorDesk-Programme (*.mentordesk)</translation>
    </message>
</context>
<context>
    <name>MappingProfile</name>
    <message>
        <source>The column “%1” (for %2) is not in the file.</source>
        <translation>Die Spalte „%1“ (für %2) ist nicht in der Datei enthalten.</translation>
    </message>
    <message>
        <source>The file has %1 columns named “%2” (for %3); map the field by position instead.</source>
        <translation>Die Datei hat %1 Spalten namens „%2“ (für %3); ordnen Sie das Feld stattdessen über die Position zu.</translation>
    </message>
    <message numerus="yes">
        <source>The file has no column %1 (for %2); it has %n column(s).</source>
        <translation>
            <numerusform>Die Datei hat keine Spalte %1 (für %2); sie hat %n Spalte.</numerusform>
            <numerusform>Die Datei hat keine Spalte %1 (für %2); sie hat %n Spalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping has an unknown setting “%1”.</source>
        <translation>Die Zuordnung enthält eine unbekannte Einstellung „%1“.</translation>
    </message>
    <message>
        <source>The mapping was written by a newer version of MentorDesk (format %1).</source>
        <translation>Die Zuordnung wurde von einer neueren Version von MentorDesk geschrieben (Format %1).</translation>
    </message>
    <message>
        <source>The mapping has no valid “version” (expected %1).</source>
        <translation>Die Zuordnung hat keine gültige „version“ (erwartet: %1).</translation>
    </message>
    <message>
        <source>The mapping&apos;s “name” must be text.</source>
        <translation>„name“ in der Zuordnung muss ein Text sein.</translation>
    </message>
    <message>
        <source>The mapping has no “columns” object.</source>
        <translation>Die Zuordnung hat kein Objekt „columns“.</translation>
    </message>
    <message>
        <source>The column of “%1” must be a header name or a column number from 1.</source>
        <translation>Die Spalte für „%1“ muss ein Spaltenname aus der Kopfzeile oder eine Spaltennummer ab 1 sein.</translation>
    </message>
    <message>
        <source>The mapping names fields that %1 imports do not have: %2.</source>
        <translation>Die Zuordnung nennt Felder, die es bei %1-Importen nicht gibt: %2.</translation>
    </message>
    <message>
        <source>The mapping&apos;s “delimiter” must be one character (or “tab”, or “auto”).</source>
        <translation>„delimiter“ in der Zuordnung muss ein einzelnes Zeichen sein (oder „tab“ oder „auto“).</translation>
    </message>
    <message>
        <source>The mapping&apos;s “encoding” must be text.</source>
        <translation>„encoding“ in der Zuordnung muss ein Text sein.</translation>
    </message>
    <message>
        <source>The mapping&apos;s encoding “%1” is not known.</source>
        <translation>Die Kodierung „%1“ in der Zuordnung ist unbekannt.</translation>
    </message>
    <message>
        <source>The mapping&apos;s “numberStyle” must be “dot”, “comma” or “auto”.</source>
        <translation>„numberStyle“ in der Zuordnung muss „dot“, „comma“ oder „auto“ sein.</translation>
    </message>
    <message>
        <source>The mapping&apos;s “dateOrder” must be “dayMonth”, “monthDay” or “auto”.</source>
        <translation>„dateOrder“ in der Zuordnung muss „dayMonth“, „monthDay“ oder „auto“ sein.</translation>
    </message>
    <message>
        <source>The mapping&apos;s “hasHeader” must be true or false.</source>
        <translation>„hasHeader“ in der Zuordnung muss true oder false sein.</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON: %1 (at character %2).</source>
        <translation>Die Zuordnung ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The mapping is not a JSON object.</source>
        <translation>Die Zuordnung ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The mapping&apos;s “kind” must be “sellers”, “metrics” or “mentors”.</source>
        <translation>„kind“ in der Zuordnung muss „sellers“, „metrics“ oder „mentors“ sein.</translation>
    </message>
</context>
<context>
    <name>MarketplaceGenerator</name>
    <message>
        <source>A marketplace can only be generated into an open SQLite program file.</source>
        <translation>Ein Marktplatz kann nur in einer geöffneten SQLite-Programmdatei erzeugt werden.</translation>
    </message>
    <message>
        <source>A marketplace needs at least one seller and one mentor, and no negative counts.</source>
        <translation>Ein Marktplatz braucht mindestens einen Händler und einen Mentor; negative Anzahlen sind nicht zulässig.</translation>
    </message>
    <message>
        <source>The program file cannot be read: %1.</source>
        <translation>Die Programmdatei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The program already has records; generate into a new program file.</source>
        <translation>Das Programm enthält bereits Datensätze; erzeugen Sie den Marktplatz in einer neuen Programmdatei.</translation>
    </message>
    <message>
        <source>The generation was cancelled.</source>
        <translation>Das Erzeugen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Generating the marketplace failed: %1.</source>
        <translation>Das Erzeugen des Marktplatzes ist fehlgeschlagen: %1.</translation>
    </message>
</context>
<context>
    <name>MatchCommand</name>
    <message>
        <source>match mentees to mentors and commit trial pairings</source>
        <translation>Mentees Mentoren zuordnen und Tandems in der Probephase übernehmen</translation>
    </message>
    <message>
        <source>Matches the enrolled sellers without an open pairing (of one cohort, with --cohort) to the active mentors with free places: provably optimal under the weights and rules, every pair and every unmatched mentee explained. Without --dry-run the proposals are committed as trial pairings in one audited step.</source>
        <translation>Ordnet die aufgenommenen Händler ohne offenes Tandem (mit --cohort nur die einer Kohorte) den aktiven Mentoren mit freien Plätzen zu: nachweislich optimal unter den Gewichtungen und Regeln, jedes Paar und jeder nicht zugeordnete Mentee wird begründet. Ohne --dry-run werden die Vorschläge in einem protokollierten Schritt als Tandems in der Probephase übernommen.</translation>
    </message>
    <message>
        <source>Match the mentees of this cohort only.</source>
        <translation>Ordnet nur die Mentees dieser Kohorte zu.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Weights and rules from a preset stored in the program.</source>
        <translation>Gewichtungen und Regeln aus einer im Programm gespeicherten Vorlage.</translation>
    </message>
    <message>
        <source>Weights and rules from a JSON file (docs/matching.md).</source>
        <translation>Gewichtungen und Regeln aus einer JSON-Datei (docs/matching.md).</translation>
    </message>
    <message>
        <source>file.json</source>
        <translation>datei.json</translation>
    </message>
    <message>
        <source>Leave a mentee unmatched rather than accept a score below n.</source>
        <translation>Lässt einen Mentee lieber ohne Zuordnung, als einen Score unter n zu akzeptieren.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Raise the lowest matched score as far as possible before the total score.</source>
        <translation>Hebt den niedrigsten zugeordneten Score so weit wie möglich an, bevor der Gesamtscore zählt.</translation>
    </message>
    <message>
        <source>This pair must happen: mentee&apos;s seller ID = mentor&apos;s external ID (repeatable).</source>
        <translation>Dieses Paar muss zustande kommen: Händler-ID des Mentees = externe ID des Mentors (wiederholbar).</translation>
    </message>
    <message>
        <source>mentee=mentor</source>
        <translation>mentee=mentor</translation>
    </message>
    <message>
        <source>This pair must not happen (repeatable).</source>
        <translation>Dieses Paar darf nicht zustande kommen (wiederholbar).</translation>
    </message>
    <message>
        <source>Length of the trial of each new pairing (default 14).</source>
        <translation>Dauer der Probephase jedes neuen Tandems (Standard: 14).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Match and write the files, but change nothing in the program.</source>
        <translation>Ordnet zu und schreibt die Dateien, ändert aber nichts am Programm.</translation>
    </message>
    <message>
        <source>Write one row per mentee: mentee, mentor, score and the reason.</source>
        <translation>Schreibt eine Zeile pro Mentee: Mentee, Mentor, Score und Begründung.</translation>
    </message>
    <message>
        <source>out.csv</source>
        <translation>ausgabe.csv</translation>
    </message>
    <message>
        <source>Write the score of every allowed pair, and the constraints beside it, so that any solver can check the optimum.</source>
        <translation>Schreibt den Score jedes zulässigen Paars und daneben die Nebenbedingungen, damit jeder Solver das Optimum prüfen kann.</translation>
    </message>
    <message>
        <source>With --export-scores: write more than 10,000,000 rows if there are.</source>
        <translation>Mit --export-scores: schreibt auch mehr als 10.000.000 Zeilen, falls es so viele gibt.</translation>
    </message>
    <message>
        <source>The program file to match in.</source>
        <translation>Die Programmdatei, in der zugeordnet wird.</translation>
    </message>
    <message>
        <source>say which program to match in with --database FILE.</source>
        <translation>geben Sie mit --database DATEI an, in welchem Programm zugeordnet wird.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist. Give the program file to match in.</source>
        <translation>&apos;%1&apos; existiert nicht. Geben Sie die Programmdatei an, in der zugeordnet werden soll.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Matching: %1 %</source>
        <translation>Matching: %1 %</translation>
    </message>
    <message>
        <source>cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>No mentees to match: every enrolled seller of the selection has an open pairing.</source>
        <translation>Keine Mentees zuzuordnen: Jeder aufgenommene Händler der Auswahl hat ein offenes Tandem.</translation>
    </message>
    <message>
        <source>Dry run: the program was not changed.</source>
        <translation>Probelauf: Das Programm wurde nicht geändert.</translation>
    </message>
    <message>
        <source>give either --preset or --weights, not both.</source>
        <translation>geben Sie entweder --preset oder --weights an, nicht beides.</translation>
    </message>
    <message>
        <source>--all belongs to --export-scores; add --export-scores FILE or leave --all out.</source>
        <translation>--all gehört zu --export-scores; ergänzen Sie --export-scores DATEI oder lassen Sie --all weg.</translation>
    </message>
    <message>
        <source>cannot read the weights file &apos;%1&apos;: %2.</source>
        <translation>Die Gewichtungsdatei &apos;%1&apos; kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>the weights file &apos;%1&apos; is not usable: %2</source>
        <translation>Die Gewichtungsdatei &apos;%1&apos; ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &apos;%3&apos;.</source>
        <translation>--%1 braucht eine ganze Zahl von mindestens %2, nicht &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>there is no cohort &apos;%1&apos;. The cohorts are: %2.</source>
        <translation>Es gibt keine Kohorte &apos;%1&apos;. Die Kohorten sind: %2.</translation>
    </message>
    <message>
        <source>there is no preset &apos;%1&apos;; the program has no presets yet.</source>
        <translation>Es gibt keine Vorlage &apos;%1&apos;; das Programm hat noch keine Vorlagen.</translation>
    </message>
    <message>
        <source>there is no preset &apos;%1&apos;. The presets are: %2.</source>
        <translation>Es gibt keine Vorlage &apos;%1&apos;. Die Vorlagen sind: %2.</translation>
    </message>
    <message>
        <source>--%1 needs a mentee&apos;s seller ID and a mentor&apos;s external ID joined by &apos;=&apos;, not &apos;%2&apos;.</source>
        <translation>--%1 braucht die Händler-ID eines Mentees und die externe ID eines Mentors, verbunden durch &apos;=&apos;, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--%1: the program has no seller &apos;%2&apos;.</source>
        <translation>--%1: Das Programm hat keinen Händler &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--%1: the program has no mentor &apos;%2&apos;.</source>
        <translation>--%1: Das Programm hat keinen Mentor &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 The program was not changed.</source>
        <translation>%1 Das Programm wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Proposals: %1</source>
        <translation>Vorschläge: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scores: %Ln allowed pair(s) in %1, constraints in %2</source>
        <translation>
            <numerusform>Scores: %Ln zulässiges Paar in %1, Nebenbedingungen in %2</numerusform>
            <numerusform>Scores: %Ln zulässige Paare in %1, Nebenbedingungen in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  left out by %1: %Ln pair(s)</source>
        <translation>
            <numerusform>  ausgeschlossen durch %1: %Ln Paar</numerusform>
            <numerusform>  ausgeschlossen durch %1: %Ln Paare</numerusform>
        </translation>
    </message>
    <message>
        <source>the run could not be stored: %1 Nothing was written.</source>
        <translation>Der Lauf konnte nicht gespeichert werden: %1 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>the pairings could not be committed: %1 No pairing was written; run %2 is kept as discarded.</source>
        <translation>Die Tandems konnten nicht übernommen werden: %1 Es wurde kein Tandem geschrieben; Lauf %2 bleibt als verworfen erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Committed %Ln trial pairing(s) as run %1; the trials end on %2.</source>
        <translation>
            <numerusform>%Ln Tandem in der Probephase als Lauf %1 übernommen; die Probephase endet am %2.</numerusform>
            <numerusform>%Ln Tandems in der Probephase als Lauf %1 übernommen; die Probephasen enden am %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended %Ln earlier pairing(s) as re-matched.</source>
        <translation>
            <numerusform>%Ln früheres Tandem als „neu zugeordnet“ beendet.</numerusform>
            <numerusform>%Ln frühere Tandems als „neu zugeordnet“ beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentees: %1, mentors: %2, matched: %3 of %1, total score %4.</source>
        <translation>Mentees: %1, Mentoren: %2, zugeordnet: %3 von %1, Gesamtscore %4.</translation>
    </message>
    <message>
        <source>Objective %1, upper bound %2, gap %3: %4</source>
        <translation>Zielwert %1, obere Schranke %2, Lücke %3: %4</translation>
    </message>
    <message>
        <source>proven optimal.</source>
        <translation>nachweislich optimal.</translation>
    </message>
    <message>
        <source>NOT proven optimal.</source>
        <translation>NICHT nachweislich optimal.</translation>
    </message>
    <message>
        <source>Fairness: the lowest matched score is %1.</source>
        <translation>Fairness: Der niedrigste zugeordnete Score ist %1.</translation>
    </message>
    <message numerus="yes">
        <source>Time: %1 s (load %2, scoring %Ln pair(s) %3, solving %4, certificate %5).</source>
        <translation>
            <numerusform>Zeit: %1 s (Laden %2, Bewertung von %Ln Paar %3, Lösen %4, Nachweis %5).</numerusform>
            <numerusform>Zeit: %1 s (Laden %2, Bewertung von %Ln Paaren %3, Lösen %4, Nachweis %5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchCommit</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>There is no match run %1 in this program; it may have been deleted.</source>
        <translation>Es gibt keinen Matching-Lauf %1 in diesem Programm; er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>Match run %1 is no longer committed, so there is nothing to take back.</source>
        <translation>Matching-Lauf %1 ist nicht mehr übernommen, daher gibt es nichts zurückzunehmen.</translation>
    </message>
    <message>
        <source>Match run %1 has been committed already.</source>
        <translation>Matching-Lauf %1 wurde bereits übernommen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has declared a conflict of interest with %2 since the run. Run the matching again; no pairing was written.</source>
        <translation>%1 hat seit dem Lauf einen Interessenkonflikt mit %2 angegeben. Führen Sie das Matching erneut aus; es wurde kein Tandem geschrieben.</translation>
    </message>
    <message>
        <source>%1 has declared a conflict of interest with %2 (%3) since the run. Run the matching again; no pairing was written.</source>
        <translation>%1 hat seit dem Lauf einen Interessenkonflikt mit %2 (%3) angegeben. Führen Sie das Matching erneut aus; es wurde kein Tandem geschrieben.</translation>
    </message>
    <message>
        <source>A mentor of this run has been deleted since. Run the matching again; no pairing was written.</source>
        <translation>Ein Mentor dieses Laufs wurde inzwischen gelöscht. Führen Sie das Matching erneut aus; es wurde kein Tandem geschrieben.</translation>
    </message>
    <message>
        <source>%1 is no longer active. Run the matching again; no pairing was written.</source>
        <translation>%1 ist nicht mehr aktiv. Führen Sie das Matching erneut aus; es wurde kein Tandem geschrieben.</translation>
    </message>
    <message>
        <source>%1 would mentor %2 sellers but has room for %3; the capacity or the pairings changed since the run. Run the matching again; no pairing was written.</source>
        <translation>%1 würde %2 Händler betreuen, hat aber nur Platz für %3; die Kapazität oder die Tandems haben sich seit dem Lauf geändert. Führen Sie das Matching erneut aus; es wurde kein Tandem geschrieben.</translation>
    </message>
    <message>
        <source>The pairings could not be written: %1</source>
        <translation>Die Tandems konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>A pairing of this run has been deleted since, so the run cannot be taken back.</source>
        <translation>Ein Tandem dieses Laufs wurde inzwischen gelöscht, daher kann der Lauf nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>The pairing %1 has moved on since it was committed (its status changed or a touchpoint, feedback or checklist item was recorded), so the run cannot be taken back.</source>
        <translation>Das Tandem %1 hat sich seit der Übernahme weiterentwickelt (sein Status hat sich geändert oder ein Kontaktpunkt, ein Feedback oder ein Checklistenpunkt wurde erfasst), daher kann der Lauf nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>The pairing %1 ended by this run has changed since, so the run cannot be taken back.</source>
        <translation>Das durch diesen Lauf beendete Tandem %1 hat sich inzwischen geändert, daher kann der Lauf nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>The pairing %1 cannot be reopened: %2</source>
        <translation>Das Tandem %1 kann nicht wieder geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The run could not be taken back: %1</source>
        <translation>Der Lauf konnte nicht zurückgenommen werden: %1</translation>
    </message>
    <message>
        <source>The checklist of the pairing %1 could not be written: %2</source>
        <translation>Die Checkliste des Tandems %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>MatchExplainer</name>
    <message>
        <source>%1 (%2)</source>
        <comment>mentor name (mentor ID)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is matched with %2 (score %3); no other mentor is allowed.</source>
        <translation>%1 ist %2 zugeordnet (Score %3); kein anderer Mentor ist zulässig.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is matched with %2 (score %3); the next best mentor, %4, scores %n point(s) less.</source>
        <translation>
            <numerusform>%1 ist %2 zugeordnet (Score %3); der nächstbeste Mentor, %4, erreicht %n Punkt weniger.</numerusform>
            <numerusform>%1 ist %2 zugeordnet (Score %3); der nächstbeste Mentor, %4, erreicht %n Punkte weniger.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is matched with %2 (score %3); %4 scores as much or more, but the best matching of the whole program places %1 with %2.</source>
        <translation>%1 ist %2 zugeordnet (Score %3); %4 erreicht gleich viel oder mehr, aber die beste Zuordnung des gesamten Programms teilt %1 %2 zu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no mentor: all %n allowed mentor(s) are full; the best of them, %2, went to %3.</source>
        <translation>
            <numerusform>%1 hat keinen Mentor: %n zulässiger Mentor, %2, ist voll und wurde %3 zugeordnet.</numerusform>
            <numerusform>%1 hat keinen Mentor: Alle %n zulässigen Mentoren sind voll; der beste von ihnen, %2, wurde %3 zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no mentor: all %n allowed mentor(s) are full.</source>
        <translation>
            <numerusform>%1 hat keinen Mentor: %n zulässiger Mentor ist voll.</numerusform>
            <numerusform>%1 hat keinen Mentor: Alle %n zulässigen Mentoren sind voll.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no mentor: no mentor the rules allow reaches the minimum score of %2.</source>
        <translation>%1 hat keinen Mentor: Kein nach den Regeln zulässiger Mentor erreicht den Mindestscore von %2.</translation>
    </message>
    <message>
        <source>%1 has no mentor: the allowed mentors who still have places are barred by the rotation limits.</source>
        <translation>%1 hat keinen Mentor: Die zulässigen Mentoren, die noch Plätze haben, sind durch die Rotationsgrenzen gesperrt.</translation>
    </message>
    <message>
        <source>%1 has no mentor: there is no mentor in this run.</source>
        <translation>%1 hat keinen Mentor: Dieser Lauf enthält keinen Mentor.</translation>
    </message>
    <message>
        <source>%1 has no mentor: every pair is excluded, most often because %2.</source>
        <translation>%1 hat keinen Mentor: Jedes Paar ist ausgeschlossen, meist weil %2.</translation>
    </message>
    <message>
        <source>%1: no agreement, because a time zone is not a valid IANA name (such as Europe/Berlin)</source>
        <translation>%1: keine Übereinstimmung, weil eine Zeitzone kein gültiger IANA-Name ist (wie Europe/Berlin)</translation>
    </message>
    <message>
        <source>%1: agreement 0 of 10; a must, not met</source>
        <translation>%1: Übereinstimmung 0 von 10; ein Pflichtfaktor, nicht erfüllt</translation>
    </message>
    <message numerus="yes">
        <source>High-potential bonus: %n point(s)</source>
        <translation>
            <numerusform>Bonus für hohes Potenzial: %n Punkt</numerusform>
            <numerusform>Bonus für hohes Potenzial: %n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stability bonus (the current mentor): %n point(s)</source>
        <translation>
            <numerusform>Stabilitätsbonus (der aktuelle Mentor): %n Punkt</numerusform>
            <numerusform>Stabilitätsbonus (der aktuelle Mentor): %n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n point(s)</source>
        <translation>
            <numerusform>Gesamt: %n Punkt</numerusform>
            <numerusform>Gesamt: %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>the mentor disclosed a conflict with this seller</source>
        <translation>der Mentor einen Konflikt mit diesem Händler angegeben hat</translation>
    </message>
    <message>
        <source>the mentor disclosed a conflict with a brand the seller sells</source>
        <translation>der Mentor einen Konflikt mit einer Marke angegeben hat, die der Händler verkauft</translation>
    </message>
    <message>
        <source>the mentor disclosed a conflict with the seller’s category</source>
        <translation>der Mentor einen Konflikt mit der Kategorie des Händlers angegeben hat</translation>
    </message>
    <message>
        <source>the coordinator forbade the pair</source>
        <translation>der Koordinator das Paar ausgeschlossen hat</translation>
    </message>
    <message>
        <source>the must factor “%1” has no agreement</source>
        <translation>der Pflichtfaktor „%1“ keine Übereinstimmung hat</translation>
    </message>
    <message>
        <source>the score is below the minimum of %1</source>
        <translation>der Score unter dem Minimum von %1 liegt</translation>
    </message>
    <message numerus="yes">
        <source>%1 is matched with %2 (score %3); %4 scores as much or more, but their %n place(s) in this run went to %5.</source>
        <translation>
            <numerusform>%1 ist %2 zugeordnet (Score %3); %4 erreicht ebenso viel oder mehr, aber dessen %n Platz in diesem Lauf ging an %5.</numerusform>
            <numerusform>%1 ist %2 zugeordnet (Score %3); %4 erreicht ebenso viel oder mehr, aber dessen %n Plätze in diesem Lauf gingen an %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: agreement %2 of 10 × weight %3 = %n point(s)</source>
        <translation>
            <numerusform>%1: Übereinstimmung %2 von 10 × Gewicht %3 = %n Punkt</numerusform>
            <numerusform>%1: Übereinstimmung %2 von 10 × Gewicht %3 = %n Punkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchFactor</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>Vertriebskanal</translation>
    </message>
    <message>
        <source>Growth target</source>
        <translation>Wachstumsziel</translation>
    </message>
    <message>
        <source>Sales velocity</source>
        <translation>Verkaufstempo</translation>
    </message>
    <message>
        <source>Inventory complexity</source>
        <translation>Sortimentskomplexität</translation>
    </message>
    <message>
        <source>Time-zone overlap</source>
        <translation>Zeitzonen-Überschneidung</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Wochenstunden</translation>
    </message>
    <message>
        <source>Coaching style</source>
        <translation>Coaching-Stil</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Skill coverage</source>
        <translation>Kompetenzabdeckung</translation>
    </message>
</context>
<context>
    <name>MatchFiles</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2. Choose another folder or free some space.</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder geben Sie Speicherplatz frei.</translation>
    </message>
    <message>
        <source>Cannot finish writing &apos;%1&apos;: %2. Nothing was written there.</source>
        <translation>&apos;%1&apos; konnte nicht fertig geschrieben werden: %2. Dort wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The run has %1 allowed pairs, more than the %2 rows a score export writes by default. Add --all to write them all, or narrow the run (a cohort, a higher minimum score).</source>
        <translation>Der Lauf hat %1 zulässige Paare, mehr als die %2 Zeilen, die ein Score-Export standardmäßig schreibt. Ergänzen Sie --all, um alle zu schreiben, oder grenzen Sie den Lauf ein (eine Kohorte, ein höherer Mindestscore).</translation>
    </message>
    <message>
        <source>Cancelled; no score file was written.</source>
        <translation>Abgebrochen; es wurde keine Score-Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>MatchProblemLoader</name>
    <message>
        <source>The cohort chosen for this run no longer exists; choose another cohort.</source>
        <translation>Die für diesen Lauf gewählte Kohorte existiert nicht mehr; wählen Sie eine andere Kohorte.</translation>
    </message>
    <message>
        <source>The pin of %1 to %2 names %3, who is not part of this run. Add %3 to the run or remove the pin.</source>
        <translation>Die Fixierung von %1 auf %2 nennt %3, der nicht Teil dieses Laufs ist. Nehmen Sie %3 in den Lauf auf oder entfernen Sie die Fixierung.</translation>
    </message>
    <message>
        <source>The forbidden pair %1 and %2 names %3, who is not part of this run. Add %3 to the run or remove the forbid.</source>
        <translation>Das ausgeschlossene Paar %1 und %2 nennt %3, der nicht Teil dieses Laufs ist. Nehmen Sie %3 in den Lauf auf oder heben Sie den Ausschluss auf.</translation>
    </message>
</context>
<context>
    <name>MatchRulesFile</name>
    <message>
        <source>The weights file has an unknown key “%1”: check its spelling against the documentation.</source>
        <translation>Die Gewichtungsdatei enthält einen unbekannten Schlüssel „%1“: Prüfen Sie die Schreibweise anhand der Dokumentation.</translation>
    </message>
    <message>
        <source>In the weights file, “%1” must be a whole number.</source>
        <translation>In der Gewichtungsdatei muss „%1“ eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>In the weights file, “%1” is %2; it must be from %3 to %4.</source>
        <translation>In der Gewichtungsdatei ist „%1“ %2; der Wert muss zwischen %3 und %4 liegen.</translation>
    </message>
    <message>
        <source>In the weights file, “%1” must be true or false.</source>
        <translation>In der Gewichtungsdatei muss „%1“ true oder false sein.</translation>
    </message>
    <message>
        <source>In the weights file, “%1” must be an object ({ … }).</source>
        <translation>In der Gewichtungsdatei muss „%1“ ein Objekt sein ({ … }).</translation>
    </message>
    <message>
        <source>The weights file names an unknown factor “%1”: check its spelling against the documentation.</source>
        <translation>Die Gewichtungsdatei nennt einen unbekannten Faktor „%1“: Prüfen Sie die Schreibweise anhand der Dokumentation.</translation>
    </message>
    <message>
        <source>The weights file is not valid JSON: %1 at character %2.</source>
        <translation>Die Gewichtungsdatei ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The weights file must hold one JSON object ({ … }).</source>
        <translation>Die Gewichtungsdatei muss genau ein JSON-Objekt enthalten ({ … }).</translation>
    </message>
</context>
<context>
    <name>MatchRunRepository</name>
    <message>
        <source>The match run could not be stored: %1</source>
        <translation>Der Matching-Lauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The proposal for %1 could not be stored: %2</source>
        <translation>Der Vorschlag für %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The run&apos;s pins and forbids could not be stored: %1</source>
        <translation>Die Fixierungen und Ausschlüsse des Laufs konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no match run %1 in this program.</source>
        <translation>Es gibt keinen Matching-Lauf %1 in diesem Programm.</translation>
    </message>
    <message>
        <source>“%1” is not a status of a match run (proposed, accepted or discarded).</source>
        <translation>„%1“ ist kein Status eines Matching-Laufs (proposed, accepted oder discarded).</translation>
    </message>
    <message>
        <source>There is no weight preset “%1” in this program.</source>
        <translation>Es gibt keine Gewichtungsvorlage „%1“ in diesem Programm.</translation>
    </message>
    <message>
        <source>The weight preset “%1” cannot be read: %2</source>
        <translation>Die Gewichtungsvorlage „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A weight preset needs a name.</source>
        <translation>Eine Gewichtungsvorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>The weight preset “%1” could not be saved: %2</source>
        <translation>Die Gewichtungsvorlage „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>MatchSolver</name>
    <message>
        <source>The scores are too large to be optimised exactly; lower the factor weights and try again.</source>
        <translation>Die Scores sind zu groß, um exakt optimiert zu werden; verringern Sie die Gewichtungen der Faktoren und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The matching could not be solved.</source>
        <translation>Das Matching konnte nicht gelöst werden.</translation>
    </message>
</context>
<context>
    <name>MentorImport</name>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Imports need an open program file.</source>
        <translation>Für Importe muss eine Programmdatei geöffnet sein.</translation>
    </message>
    <message>
        <source>The encoding of the file is not known; choose one of the list.</source>
        <translation>Die Kodierung der Datei ist unbekannt; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>The column mapping is for another kind of file.</source>
        <translation>Die Spaltenzuordnung ist für eine andere Dateiart bestimmt.</translation>
    </message>
    <message>
        <source>The program cannot be written to (%1).</source>
        <translation>In das Programm kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The import could not be recorded in the program&apos;s history (%1); nothing was imported.</source>
        <translation>Der Import konnte nicht im Verlauf des Programms vermerkt werden (%1); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The import could not be saved (%1); nothing was imported.</source>
        <translation>Der Import konnte nicht gespeichert werden (%1); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>No column is mapped to the mentor ID or the e-mail, which name the mentor of a row; map one of them.</source>
        <translation>Weder der Mentor-ID noch der E-Mail, die den Mentor einer Zeile bestimmen, ist eine Spalte zugeordnet; ordnen Sie einer von beiden eine Spalte zu.</translation>
    </message>
    <message>
        <source>The safety copy of the program could not be written next to it (%1), so nothing was imported; free some disk space and try again.</source>
        <translation>Die Sicherungskopie des Programms konnte nicht daneben gespeichert werden (%1), daher wurde nichts importiert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The safety copy “%1” could not be put in place, so nothing was imported.</source>
        <translation>Die Sicherungskopie „%1“ konnte nicht abgelegt werden, daher wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>MentorListCells</name>
    <message>
        <source>“%1” is not a skill; skills are %2.</source>
        <translation>„%1“ ist keine Kompetenz; Kompetenzen sind %2.</translation>
    </message>
    <message>
        <source>The level of “%1” must be a whole number from 1 to 5.</source>
        <translation>Das Niveau von „%1“ muss eine ganze Zahl von 1 bis 5 sein.</translation>
    </message>
    <message>
        <source>“%1” is not a two-letter language code such as de or en.</source>
        <translation>„%1“ ist kein Sprachcode aus zwei Buchstaben wie de oder en.</translation>
    </message>
</context>
<context>
    <name>MentorRowWriter</name>
    <message>
        <source>A new mentor needs a name; no mentor in the program has this mentor ID or e-mail.</source>
        <translation>Ein neuer Mentor braucht einen Namen; kein Mentor im Programm hat diese Mentor-ID oder E-Mail.</translation>
    </message>
    <message>
        <source>The program cannot be written to (%1).</source>
        <translation>In das Programm kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>This mentor appears again; line %1 has them already.</source>
        <translation>Dieser Mentor kommt mehrfach vor; er steht bereits in Zeile %1.</translation>
    </message>
    <message>
        <source>The row names no mentor: it has neither a mentor ID nor an e-mail.</source>
        <translation>Die Zeile nennt keinen Mentor: Sie hat weder eine Mentor-ID noch eine E-Mail.</translation>
    </message>
    <message>
        <source>%1 mentors in the program have this e-mail; give the row a mentor ID.</source>
        <translation>%1 Mentoren im Programm haben diese E-Mail; geben Sie der Zeile eine Mentor-ID.</translation>
    </message>
</context>
<context>
    <name>MetricComparisonModel</name>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschn. Bestellwert</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Retourenquote</translation>
    </message>
    <message>
        <source>Listing quality</source>
        <translation>Angebotsqualität</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Kundenzufriedenheit</translation>
    </message>
    <message>
        <source>Price competitiveness</source>
        <translation>Preiswettbewerbsfähigkeit</translation>
    </message>
    <message>
        <source>Inventory turnover</source>
        <translation>Lagerumschlag</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Wiederkaufrate</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>write the outcome analytics of a scope as CSV</source>
        <translation>die Ergebnisauswertung einer Auswahl als CSV schreiben</translation>
    </message>
    <message>
        <source>Computes the outcome analytics (ramp time, outcome improvements, adherence, milestones) of the mentored sellers in scope, of their comparison group and their difference, with 95 % intervals, and writes them as CSV: metric,group,value,n,ci_low,ci_high, one row per metric and group. Empty values are explained on stderr.</source>
        <translation>Berechnet die Ergebnisauswertung (Anlaufzeit, Verbesserungen der Ergebnisse, Termintreue, Meilensteine) für die begleiteten Händler der Auswahl, für ihre Vergleichsgruppe und für die Differenz, mit 95-%-Intervallen, und schreibt sie als CSV: metric,group,value,n,ci_low,ci_high, eine Zeile pro Kennzahl und Gruppe. Leere Werte werden auf stderr erklärt.</translation>
    </message>
    <message>
        <source>Only the mentees of this cohort.</source>
        <translation>Nur die Mentees dieser Kohorte.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Only sellers of this category (any case).</source>
        <translation>Nur Händler dieser Kategorie (Groß-/Kleinschreibung beliebig).</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Only mentees paired with this mentor (their mentor ID).</source>
        <translation>Nur Mentees, die mit diesem Mentor ein Tandem bilden (seine Mentor-ID).</translation>
    </message>
    <message>
        <source>external_id</source>
        <translation>external_id</translation>
    </message>
    <message>
        <source>Only mentees enrolled on or after this day (YYYY-MM-DD).</source>
        <translation>Nur Mentees, die an oder nach diesem Tag aufgenommen wurden (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Only mentees enrolled on or before this day (YYYY-MM-DD).</source>
        <translation>Nur Mentees, die an oder vor diesem Tag aufgenommen wurden (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The day the figures are computed as of (default: today in the program&apos;s time zone).</source>
        <translation>Der Stichtag, zu dem die Werte berechnet werden (Standard: heute in der Zeitzone des Programms).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>datei.csv</translation>
    </message>
    <message>
        <source>The program file to read.</source>
        <translation>Die zu lesende Programmdatei.</translation>
    </message>
    <message>
        <source>say which program to read with --database FILE.</source>
        <translation>geben Sie mit --database DATEI an, welches Programm gelesen werden soll.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date; write it as YYYY-MM-DD, e.g. 2027-03-01.</source>
        <translation>--%1 &apos;%2&apos; ist kein Datum; schreiben Sie es als YYYY-MM-DD, z. B. 2027-03-01.</translation>
    </message>
    <message>
        <source>--enrolled-from %1 is after --enrolled-to %2.</source>
        <translation>--enrolled-from %1 liegt nach --enrolled-to %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cohort of this program; it has no cohorts.</source>
        <translation>&apos;%1&apos; ist keine Kohorte dieses Programms; es hat keine Kohorten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cohort of this program; cohorts: %2.</source>
        <translation>&apos;%1&apos; ist keine Kohorte dieses Programms; Kohorten: %2.</translation>
    </message>
    <message>
        <source>no seller of this program has the category &apos;%1&apos;; categories: %2.</source>
        <translation>kein Händler dieses Programms hat die Kategorie &apos;%1&apos;; Kategorien: %2.</translation>
    </message>
    <message>
        <source>the program has no mentor with the ID &apos;%1&apos;.</source>
        <translation>das Programm hat keinen Mentor mit der ID &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not be written: %2 Nothing was written.</source>
        <translation>&apos;%1&apos; konnte nicht geschrieben werden: %2 Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>say where to write the figures with --out FILE.csv.</source>
        <translation>geben Sie mit --out DATEI.csv an, wohin die Werte geschrieben werden sollen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist. Give the program file to read.</source>
        <translation>&apos;%1&apos; existiert nicht. Geben Sie die zu lesende Programmdatei an.</translation>
    </message>
    <message>
        <source>cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>the figures could not be computed: %1 Nothing was written.</source>
        <translation>die Werte konnten nicht berechnet werden: %1 Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>MetricsCsv</name>
    <message>
        <source>%1, %2: the median is not reached by the as-of date.</source>
        <translation>%1, %2: Der Median ist zum Stichtag nicht erreicht.</translation>
    </message>
    <message>
        <source>%1, %2: fewer than 10 sellers, too few to compare.</source>
        <translation>%1, %2: weniger als 10 Händler, zu wenige für einen Vergleich.</translation>
    </message>
    <message>
        <source>%1, %2: no seller in scope has the data this figure needs.</source>
        <translation>%1, %2: Kein Händler der Auswahl hat die Daten, die dieser Wert braucht.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No figure was computed; every row is empty.</source>
        <translation>Es wurde kein Wert berechnet; jede Zeile ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) were not computed: %1.</source>
        <translation>
            <numerusform>%n Wert wurde nicht berechnet: %1.</numerusform>
            <numerusform>%n Werte wurden nicht berechnet: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputFileGuard</name>
    <message>
        <source>“%1” is the program file itself; writing there would destroy the program. Nothing was written. Choose another file name.</source>
        <translation>„%1“ ist die Programmdatei selbst; dorthin zu schreiben würde das Programm zerstören. Nichts wurde geschrieben. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” is a working file SQLite keeps beside the program “%2”; writing there would damage the program. Nothing was written. Choose another file name.</source>
        <translation>„%1“ ist eine Arbeitsdatei, die SQLite neben dem Programm „%2“ führt; dorthin zu schreiben würde das Programm beschädigen. Nichts wurde geschrieben. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” is a safety copy of the program “%2”, kept so that the program can be restored. Nothing was written. Choose another file name.</source>
        <translation>„%1“ ist eine Sicherungskopie des Programms „%2“, aufbewahrt, damit es wiederhergestellt werden kann. Nichts wurde geschrieben. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” is a file this command reads; writing there would lose it. Nothing was written. Choose another file name.</source>
        <translation>„%1“ ist eine Datei, die dieser Befehl liest; dorthin zu schreiben würde sie zerstören. Nichts wurde geschrieben. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>PairingCommands</name>
    <message>
        <source>The pairing no longer exists; it may have been deleted.</source>
        <translation>Das Tandem existiert nicht mehr; es wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>Confirm pairing</source>
        <translation>Tandem bestätigen</translation>
    </message>
    <message>
        <source>This pairing is already active.</source>
        <translation>Dieses Tandem ist bereits aktiv.</translation>
    </message>
    <message>
        <source>This pairing has ended; it cannot be confirmed.</source>
        <translation>Dieses Tandem ist beendet; es kann nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>Extend trial</source>
        <translation>Probephase verlängern</translation>
    </message>
    <message>
        <source>This pairing is already active; only a trial can be extended.</source>
        <translation>Dieses Tandem ist bereits aktiv; nur eine Probephase kann verlängert werden.</translation>
    </message>
    <message>
        <source>This pairing has ended; only a trial can be extended.</source>
        <translation>Dieses Tandem ist beendet; nur eine Probephase kann verlängert werden.</translation>
    </message>
    <message>
        <source>Enter the date the trial should end on.</source>
        <translation>Geben Sie das Datum ein, an dem die Probephase enden soll.</translation>
    </message>
    <message>
        <source>The trial cannot end in the past; choose today or a later day.</source>
        <translation>Die Probephase kann nicht in der Vergangenheit enden; wählen Sie heute oder einen späteren Tag.</translation>
    </message>
    <message>
        <source>An extended trial must end after %1, the day it ends on now.</source>
        <translation>Eine verlängerte Probephase muss nach dem %1 enden, dem Tag, an dem sie jetzt endet.</translation>
    </message>
    <message>
        <source>End pairing</source>
        <translation>Tandem beenden</translation>
    </message>
    <message>
        <source>This pairing has already ended.</source>
        <translation>Dieses Tandem ist bereits beendet.</translation>
    </message>
    <message>
        <source>Choose why the pairing ends.</source>
        <translation>Wählen Sie, warum das Tandem endet.</translation>
    </message>
    <message>
        <source>“%1” is not one of the reasons a pairing can end for.</source>
        <translation>„%1“ ist keiner der Gründe, aus denen ein Tandem enden kann.</translation>
    </message>
    <message>
        <source>Enter the day the pairing ended.</source>
        <translation>Geben Sie den Tag ein, an dem das Tandem endete.</translation>
    </message>
    <message>
        <source>A pairing cannot end before it started (%1).</source>
        <translation>Ein Tandem kann nicht vor seinem Beginn (%1) enden.</translation>
    </message>
    <message>
        <source>A pairing cannot end in the future; enter today or an earlier day.</source>
        <translation>Ein Tandem kann nicht in der Zukunft enden; geben Sie heute oder einen früheren Tag ein.</translation>
    </message>
</context>
<context>
    <name>PairingFunnel</name>
    <message>
        <source>The program is not open.</source>
        <translation>Das Programm ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>PairingRepository</name>
    <message>
        <source>The pairing no longer exists; it may have been deleted.</source>
        <translation>Das Tandem existiert nicht mehr; es wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>The pairing was changed meanwhile (in another window or at another desk); look at it again and decide anew.</source>
        <translation>Das Tandem wurde inzwischen geändert (in einem anderen Fenster oder an einem anderen Arbeitsplatz); sehen Sie es sich erneut an und entscheiden Sie neu.</translation>
    </message>
    <message>
        <source>The mentee has another open pairing now; end that one before reopening this one.</source>
        <translation>Der Mentee hat jetzt ein anderes offenes Tandem; beenden Sie dieses, bevor Sie dieses hier wieder öffnen.</translation>
    </message>
</context>
<context>
    <name>ProgramDatabase</name>
    <message>
        <source>MentorDesk cannot read “%1”: %2. Check that the file is readable and try again.</source>
        <translation>MentorDesk kann „%1“ nicht lesen: %2. Prüfen Sie, ob die Datei lesbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” is not a MentorDesk program: it is not a database file. Choose a program file (*.mentordesk); this file was left unchanged.</source>
        <translation>„%1“ ist kein MentorDesk-Programm, denn es ist keine Datenbankdatei. Wählen Sie eine Programmdatei (*.mentordesk); diese Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>MentorDesk cannot open “%1”: %2.</source>
        <translation>MentorDesk kann „%1“ nicht öffnen: %2.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). Restore it from a backup or a snapshot next to it; the file was left unchanged.</source>
        <translation>„%1“ ist beschädigt und kann nicht geöffnet werden (%2). Stellen Sie die Datei aus einer Datensicherung oder einer daneben liegenden Sicherungskopie wieder her; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a MentorDesk program. Choose a program file (*.mentordesk); this file was left unchanged.</source>
        <translation>„%1“ ist eine Datenbank einer anderen Anwendung, kein MentorDesk-Programm. Wählen Sie eine Programmdatei (*.mentordesk); diese Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of MentorDesk (program format %2; this version reads up to %3). Install the latest MentorDesk to open it; the file was left unchanged.</source>
        <translation>„%1“ wurde mit einer neueren Version von MentorDesk gespeichert (Programmformat %2; diese Version liest bis Format %3). Installieren Sie die neueste Version von MentorDesk, um die Datei zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>MentorDesk cannot create the folder “%1”. Choose another location for the program.</source>
        <translation>MentorDesk kann den Ordner „%1“ nicht anlegen. Wählen Sie einen anderen Speicherort für das Programm.</translation>
    </message>
    <message>
        <source>MentorDesk cannot prepare “%1”: %2.</source>
        <translation>MentorDesk kann „%1“ nicht vorbereiten: %2.</translation>
    </message>
    <message>
        <source>MentorDesk could not save a safety copy of “%1” before upgrading it (%2). Free some disk space and try again; the program was left unchanged.</source>
        <translation>MentorDesk konnte vor der Aktualisierung keine Sicherungskopie von „%1“ speichern (%2). Geben Sie Speicherplatz frei und versuchen Sie es erneut; das Programm wurde nicht verändert.</translation>
    </message>
    <message>
        <source>MentorDesk could not upgrade “%1” to program format %2 (%3); the file is at program format %4, and a safety copy of the original is at “%5”.</source>
        <translation>MentorDesk konnte „%1“ nicht auf Programmformat %2 aktualisieren (%3); die Datei hat jetzt Programmformat %4, eine Sicherungskopie des Originals liegt unter „%5“.</translation>
    </message>
    <message>
        <source>MentorDesk could not create the program “%1” (program format %2: %3). Check that the disk has space and the folder is writable, then try again.</source>
        <translation>MentorDesk konnte das Programm „%1“ nicht anlegen (Programmformat %2: %3). Prüfen Sie, ob auf dem Datenträger Platz ist und der Ordner beschreibbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>a row of %1 refers to a row of %2 that does not exist</source>
        <translation>eine Zeile von %1 verweist auf eine Zeile von %2, die nicht existiert</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create the demo program</source>
        <translation>Demoprogramm kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>RecordGraph</name>
    <message numerus="yes">
        <source>%n cohort membership(s)</source>
        <translation>
            <numerusform>%n Kohortenmitgliedschaft</numerusform>
            <numerusform>%n Kohortenmitgliedschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric snapshot(s)</source>
        <translation>
            <numerusform>%n Kennzahlen-Snapshot</numerusform>
            <numerusform>%n Kennzahlen-Snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict-of-interest disclosure(s)</source>
        <translation>
            <numerusform>%n offengelegter Interessenkonflikt</numerusform>
            <numerusform>%n offengelegte Interessenkonflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairing(s)</source>
        <translation>
            <numerusform>%n Tandem</numerusform>
            <numerusform>%n Tandems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n Kompetenz</numerusform>
            <numerusform>%n Kompetenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n roundtable touchpoint(s)</source>
        <translation>
            <numerusform>%n Roundtable-Kontaktpunkt</numerusform>
            <numerusform>%n Roundtable-Kontaktpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n Kontaktpunkt</numerusform>
            <numerusform>%n Kontaktpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback rating(s)</source>
        <translation>
            <numerusform>%n Feedback-Bewertung</numerusform>
            <numerusform>%n Feedback-Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s)</source>
        <translation>
            <numerusform>%n Checklistenpunkt</numerusform>
            <numerusform>%n Checklistenpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is mentoring %n seller(s) right now. End or re-match those pairings first; then the mentor can be deleted.</source>
        <translation>
            <numerusform>%1 betreut derzeit %n Händler. Beenden Sie zuerst dieses Tandem oder ordnen Sie es neu zu; danach kann der Mentor gelöscht werden.</numerusform>
            <numerusform>%1 betreut derzeit %n Händler. Beenden Sie zuerst diese Tandems oder ordnen Sie sie neu zu; danach kann der Mentor gelöscht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted already.</source>
        <translation>Der Datensatz existiert nicht mehr; möglicherweise wurde er bereits gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n language(s)</source>
        <translation>
            <numerusform>%n Sprache</numerusform>
            <numerusform>%n Sprachen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n brand(s)</source>
        <translation>
            <numerusform>%n Marke</numerusform>
            <numerusform>%n Marken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match proposal(s)</source>
        <translation>
            <numerusform>%n Zuordnungsvorschlag</numerusform>
            <numerusform>%n Zuordnungsvorschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match pin(s) or forbid(s)</source>
        <translation>
            <numerusform>%n Fixierung oder Ausschluss</numerusform>
            <numerusform>%n Fixierungen oder Ausschlüsse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales channel(s)</source>
        <translation>
            <numerusform>%n Vertriebskanal</numerusform>
            <numerusform>%n Vertriebskanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n roundtable attendance(s)</source>
        <translation>
            <numerusform>%n Teilnahme an Kohortenrunden</numerusform>
            <numerusform>%n Teilnahmen an Kohortenrunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurring roundtable(s)</source>
        <translation>
            <numerusform>%n wiederkehrende Kohortenrunde</numerusform>
            <numerusform>%n wiederkehrende Kohortenrunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurring touchpoint(s)</source>
        <translation>
            <numerusform>%n wiederkehrender Termin</numerusform>
            <numerusform>%n wiederkehrende Termine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordRepository</name>
    <message>
        <source>Another record already has this value; it must be unique.</source>
        <translation>Ein anderer Datensatz hat bereits diesen Wert; er muss eindeutig sein.</translation>
    </message>
    <message>
        <source>The value is outside what this field allows.</source>
        <translation>Der Wert liegt außerhalb des für dieses Feld zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Other records still refer to this one.</source>
        <translation>Andere Datensätze verweisen noch auf diesen Datensatz.</translation>
    </message>
    <message>
        <source>Another MentorDesk window or process is writing to this program; try again in a moment.</source>
        <translation>Ein anderes MentorDesk-Fenster oder ein anderer Prozess schreibt gerade in dieses Programm; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again. Nothing was changed.</source>
        <translation>Der Datenträger ist voll; geben Sie Speicherplatz frei und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The program file is read-only; open a copy you may write to.</source>
        <translation>Die Programmdatei ist schreibgeschützt; öffnen Sie eine Kopie, in die Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The database refused the change (%1). Nothing was changed.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt (%1). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This field cannot be edited.</source>
        <translation>Dieses Feld kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>Der Datensatz existiert nicht mehr; möglicherweise wurde er gelöscht.</translation>
    </message>
    <message>
        <source>“%1” is not a field of this record.</source>
        <translation>„%1“ ist kein Feld dieses Datensatzes.</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>“%1” is not a recurrence rule; write it as iCalendar does, for example FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>„%1“ ist keine Wiederholungsregel; schreiben Sie sie wie iCalendar, zum Beispiel FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <source>A touchpoint cannot repeat more often than daily; use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.</source>
        <translation>Ein Termin kann sich höchstens täglich wiederholen; verwenden Sie FREQ=DAILY, WEEKLY, MONTHLY oder YEARLY.</translation>
    </message>
    <message>
        <source>A recurring touchpoint needs a time zone, a first date and time, and a last date.</source>
        <translation>Ein wiederkehrender Termin braucht eine Zeitzone, ein erstes Datum mit Uhrzeit und ein letztes Datum.</translation>
    </message>
    <message>
        <source>The recurrence rule “%1” cannot be expanded from %2.</source>
        <translation>Die Wiederholungsregel „%1“ kann ab %2 nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The rule gives more than %1 touchpoints before %2; choose a rule that repeats less often or an earlier last date.</source>
        <translation>Die Regel ergibt mehr als %1 Termine vor %2; wählen Sie eine Regel, die sich seltener wiederholt, oder ein früheres letztes Datum.</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <source>Enter the address of the link.</source>
        <translation>Geben Sie die Adresse des Links ein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a web or e-mail address; links start with http://, https:// or mailto:.</source>
        <translation>„%1“ ist keine Web- oder E-Mail-Adresse; Links beginnen mit http://, https:// oder mailto:.</translation>
    </message>
    <message>
        <source>“%1” names no site or recipient.</source>
        <translation>„%1“ nennt keine Website und keinen Empfänger.</translation>
    </message>
    <message>
        <source>Give the resource a title.</source>
        <translation>Geben Sie der Ressource einen Titel.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of resource.</source>
        <translation>„%1“ ist keine Art von Ressource.</translation>
    </message>
    <message>
        <source>Add link “%1”</source>
        <translation>Link „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>“%1” cannot be added: there is no such file.</source>
        <translation>„%1“ kann nicht hinzugefügt werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is %2, more than the %3 a resource may have; link to it instead, or add a smaller file.</source>
        <translation>„%1“ ist %2 groß, mehr als die %3, die eine Ressource haben darf; verlinken Sie die Datei stattdessen oder fügen Sie eine kleinere hinzu.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” grew past the size a resource may have while it was read; add a smaller file.</source>
        <translation>„%1“ ist während des Lesens über die zulässige Größe einer Ressource gewachsen; fügen Sie eine kleinere Datei hinzu.</translation>
    </message>
    <message>
        <source>Add file “%1”</source>
        <translation>Datei „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>The resource no longer exists; it may have been deleted.</source>
        <translation>Die Ressource existiert nicht mehr; sie wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>Edit resource “%1”</source>
        <translation>Ressource „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete resource “%1”</source>
        <translation>Ressource „%1“ löschen</translation>
    </message>
    <message>
        <source>The touchpoint no longer exists; it may have been deleted.</source>
        <translation>Der Termin existiert nicht mehr; er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>The checklist item no longer exists; it may have been deleted.</source>
        <translation>Der Checklistenpunkt existiert nicht mehr; er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>“%1” is attached there already.</source>
        <translation>„%1“ ist dort bereits angehängt.</translation>
    </message>
    <message>
        <source>Attach “%1”</source>
        <translation>„%1“ anhängen</translation>
    </message>
    <message>
        <source>The resource is not attached there (any more).</source>
        <translation>Die Ressource ist dort nicht (mehr) angehängt.</translation>
    </message>
    <message>
        <source>Detach “%1”</source>
        <translation>„%1“ lösen</translation>
    </message>
    <message>
        <source>“%1” is a link, not a stored file.</source>
        <translation>„%1“ ist ein Link, keine gespeicherte Datei.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ResourceKinds</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Benchmark data</source>
        <translation>Vergleichsdaten</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>ResourceOpener</name>
    <message>
        <source>The resource no longer exists; it may have been deleted.</source>
        <translation>Die Ressource existiert nicht mehr; sie wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Kein Programm konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>ResourceRepository</name>
    <message>
        <source>The resource was changed meanwhile (in another window or at another desk); look at it again and decide anew.</source>
        <translation>Die Ressource wurde inzwischen geändert (in einem anderen Fenster oder an einem anderen Arbeitsplatz); sehen Sie sie sich erneut an und entscheiden Sie neu.</translation>
    </message>
    <message>
        <source>The resource no longer exists; it may have been deleted.</source>
        <translation>Die Ressource existiert nicht mehr; sie wurde möglicherweise gelöscht.</translation>
    </message>
</context>
<context>
    <name>RoundtableAttendance</name>
    <message>
        <source>The touchpoint is not a cohort roundtable, or it no longer exists.</source>
        <translation>Der Termin ist keine Kohortenrunde oder existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The attendance was changed meanwhile (in another window or at another desk); open it again and record it anew.</source>
        <translation>Die Teilnahme wurde inzwischen geändert (in einem anderen Fenster oder an einem anderen Arbeitsplatz); öffnen Sie sie erneut und erfassen Sie sie neu.</translation>
    </message>
    <message>
        <source>Record roundtable attendance</source>
        <translation>Teilnahme an der Kohortenrunde erfassen</translation>
    </message>
</context>
<context>
    <name>SeriesExpansion</name>
    <message>
        <source>“%1” is not a time zone name MentorDesk knows; use a name such as Europe/Berlin.</source>
        <translation>„%1“ ist kein Zeitzonenname, den MentorDesk kennt; verwenden Sie einen Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>The rule gives no touchpoint between %1 and %2.</source>
        <translation>Die Regel ergibt keinen Termin zwischen %1 und %2.</translation>
    </message>
</context>
<context>
    <name>SqliteImportWriter</name>
    <message>
        <source>The program file refused the import: %1.</source>
        <translation>Die Programmdatei hat den Import abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Several sellers of the program have the e-mail address “%1”, and none has this seller ID; give the seller ID the program knows.</source>
        <translation>Mehrere Händler des Programms haben die E-Mail-Adresse „%1“, und keiner hat diese Händler-ID; geben Sie die Händler-ID an, die im Programm gespeichert ist.</translation>
    </message>
    <message>
        <source>Seller “%1” has a second snapshot for %2 in this file; only the first is imported.</source>
        <translation>Händler „%1“ hat in dieser Datei einen zweiten Snapshot für %2; nur der erste wird importiert.</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: „%2“ → „%3“</translation>
    </message>
    <message>
        <source>No seller with the ID “%1” is in this program; import the seller profiles first.</source>
        <translation>In diesem Programm gibt es keinen Händler mit der ID „%1“; importieren Sie zuerst die Händlerprofile.</translation>
    </message>
    <message>
        <source>This seller appears again; line %1 has it already, and only that row is imported.</source>
        <translation>Dieser Händler kommt mehrfach vor; er steht bereits in Zeile %1, und nur diese Zeile wird importiert.</translation>
    </message>
    <message>
        <source>The program has no seller with this ID, and its e-mail address belongs to the seller line %1 imported already; one seller cannot have two IDs. Check the ID or the e-mail address.</source>
        <translation>Das Programm kennt keinen Händler mit dieser ID, und die E-Mail-Adresse gehört zu dem Händler, den Zeile %1 schon importiert hat; ein Händler kann nicht zwei IDs haben. Prüfen Sie die ID oder die E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>TimeOfDay</name>
    <message>
        <source>“%1” is not a time of day; write it as %2 or %3.</source>
        <translation>„%1“ ist keine Uhrzeit; schreiben Sie sie als %2 oder %3.</translation>
    </message>
    <message>
        <source>“%1” could be an hour or minutes after midnight; write %2 for the hour.</source>
        <translation>„%1“ könnte eine Stunde oder Minuten nach Mitternacht sein; schreiben Sie %2 für die Stunde.</translation>
    </message>
    <message>
        <source>“%1” looks like a time without its colon; write %2.</source>
        <translation>„%1“ sieht aus wie eine Uhrzeit ohne Doppelpunkt; schreiben Sie %2.</translation>
    </message>
</context>
<context>
    <name>TouchpointDetailPanel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>local time and zone</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TouchpointFields</name>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
<context>
    <name>TouchpointPlan</name>
    <message>
        <source>Log touchpoint</source>
        <translation>Termin erfassen</translation>
    </message>
    <message>
        <source>Schedule touchpoint</source>
        <translation>Termin planen</translation>
    </message>
</context>
<context>
    <name>TouchpointRepository</name>
    <message>
        <source>The touchpoint was changed meanwhile (in another window or at another desk); look at it again and decide anew.</source>
        <translation>Der Termin wurde inzwischen geändert (in einem anderen Fenster oder an einem anderen Arbeitsplatz); sehen Sie ihn sich erneut an und entscheiden Sie neu.</translation>
    </message>
    <message>
        <source>The touchpoint no longer exists; it may have been deleted.</source>
        <translation>Der Termin existiert nicht mehr; möglicherweise wurde er gelöscht.</translation>
    </message>
    <message>
        <source>A resource was attached to the touchpoint meanwhile (in another window or at another desk); look at it again and decide anew.</source>
        <translation>Dem Termin wurde inzwischen eine Ressource angehängt (in einem anderen Fenster oder an einem anderen Arbeitsplatz); sehen Sie ihn sich erneut an und entscheiden Sie neu.</translation>
    </message>
    <message>
        <source>The touchpoint&apos;s resources were changed meanwhile (in another window or at another desk); look at it again and decide anew.</source>
        <translation>Die Ressourcen des Termins wurden inzwischen geändert (in einem anderen Fenster oder an einem anderen Arbeitsplatz); sehen Sie ihn sich erneut an und entscheiden Sie neu.</translation>
    </message>
    <message>
        <source>A resource attached to the touchpoint has been deleted since; undo that deletion first, in the Resources workspace.</source>
        <translation>Eine an den Termin angehängte Ressource wurde inzwischen gelöscht; machen Sie das Löschen zuerst im Arbeitsbereich Ressourcen rückgängig.</translation>
    </message>
</context>
<context>
    <name>ValueConverter</name>
    <message>
        <source>“%1” could be %2 or %3; choose whether the file writes decimals with a point or a comma.</source>
        <translation>„%1“ könnte %2 oder %3 sein; wählen Sie, ob die Datei Dezimalzahlen mit Punkt oder mit Komma schreibt.</translation>
    </message>
    <message>
        <source>“%1” is written with a decimal comma, but the file is set to decimal points (1,234.56).</source>
        <translation>„%1“ ist mit Dezimalkomma geschrieben, für die Datei ist aber Dezimalpunkt eingestellt (1,234.56).</translation>
    </message>
    <message>
        <source>“%1” is written with a decimal point, but the file is set to decimal commas (1.234,56).</source>
        <translation>„%1“ ist mit Dezimalpunkt geschrieben, für die Datei ist aber Dezimalkomma eingestellt (1.234,56).</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>“%1” could be %2 or %3; choose whether the file writes the day or the month first.</source>
        <translation>„%1“ könnte %2 oder %3 sein; wählen Sie, ob die Datei zuerst den Tag oder den Monat schreibt.</translation>
    </message>
    <message>
        <source>“%1” is not a date with the day first, as the file is set to read dates.</source>
        <translation>„%1“ ist kein Datum mit dem Tag zuerst, wie es für die Datei eingestellt ist.</translation>
    </message>
    <message>
        <source>“%1” is not a date with the month first, as the file is set to read dates.</source>
        <translation>„%1“ ist kein Datum mit dem Monat zuerst, wie es für die Datei eingestellt ist.</translation>
    </message>
    <message>
        <source>“%1” is not a date; use the form 2026-03-31, 31.03.2026 or 31/03/2026.</source>
        <translation>„%1“ ist kein Datum; verwenden Sie die Form 2026-03-31, 31.03.2026 oder 31/03/2026.</translation>
    </message>
    <message>
        <source>“%1” is not a calendar date.</source>
        <translation>„%1“ ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no; use yes, no, true, false, 1 or 0.</source>
        <translation>„%1“ ist weder Ja noch Nein; verwenden Sie ja, nein, yes, no, true, false, 1 oder 0.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices for %2 (%3).</source>
        <translation>„%1“ ist kein zulässiger Wert für %2 (%3).</translation>
    </message>
</context>
<context>
    <name>mentordesk::AddRecordDialog</name>
    <message>
        <source>Add seller</source>
        <translation>Händler hinzufügen</translation>
    </message>
    <message>
        <source>Add mentor</source>
        <translation>Mentor hinzufügen</translation>
    </message>
    <message>
        <source>Add cohort</source>
        <translation>Kohorte hinzufügen</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (Pflichtfeld):</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>“%1” already has this %2. Each record needs its own.</source>
        <translation>„%1“ hat bereits diesen Wert (%2). Jeder Datensatz braucht einen eigenen.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>“%1” already uses the e-mail address %2. Add this record anyway?</source>
        <translation>„%1“ verwendet bereits die E-Mail-Adresse %2. Diesen Datensatz trotzdem hinzufügen?</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Unusual Value</source>
        <translation>Ungewöhnlicher Wert</translation>
    </message>
</context>
<context>
    <name>mentordesk::AdherenceByCohortChart</name>
    <message>
        <source>Touchpoint adherence by cohort</source>
        <translation>Termintreue nach Kohorte</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Termintreue</translation>
    </message>
    <message>
        <source>No cohort</source>
        <translation>Keine Kohorte</translation>
    </message>
    <message>
        <source>Pair-weeks with a touchpoint done (%)</source>
        <translation>Tandemwochen mit erledigtem Termin (%)</translation>
    </message>
    <message>
        <source>Touchpoint adherence, %1</source>
        <translation>Termintreue, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pairing(s) of mentored sellers</source>
        <translation>
            <numerusform>%n Tandem begleiteter Händler</numerusform>
            <numerusform>%n Tandems begleiteter Händler</numerusform>
        </translation>
    </message>
    <message>
        <source>No pairing in the chosen scope had a week to keep up with yet.</source>
        <translation>Kein Tandem der gewählten Auswahl hatte bisher eine Woche, an der sich die Termintreue messen ließe.</translation>
    </message>
    <message>
        <source>%1: no pair-weeks yet</source>
        <translation>%1: noch keine Tandemwochen</translation>
    </message>
    <message>
        <source>%1: %2 % (%3 pairings, %4 pair-weeks)</source>
        <translation>%1: %2 % (%3 Tandems, %4 Tandemwochen)</translation>
    </message>
    <message>
        <source>%1: %2 % (95 % CI %3–%4 %; %5 pairings, %6 pair-weeks)</source>
        <translation>%1: %2 % (95-%-Intervall %3–%4 %; %5 Tandems, %6 Tandemwochen)</translation>
    </message>
</context>
<context>
    <name>mentordesk::AnalyticsModel</name>
    <message>
        <source>MentorDesk could not open the program again to compute the figures (%1). Reopen the program; if this persists, check that its folder is readable.</source>
        <translation>MentorDesk konnte das Programm nicht erneut öffnen, um die Werte zu berechnen (%1). Öffnen Sie das Programm erneut; falls das Problem bestehen bleibt, prüfen Sie, ob sein Ordner lesbar ist.</translation>
    </message>
</context>
<context>
    <name>mentordesk::AttachedResourcesLine</name>
    <message>
        <source>Attach &amp;Resource…</source>
        <translation>&amp;Ressource anhängen…</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Ressourcen:</translation>
    </message>
    <message>
        <source>Resource not opened</source>
        <translation>Ressource nicht geöffnet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Attach Resource</source>
        <translation>Ressource anhängen</translation>
    </message>
    <message>
        <source>Every resource of the library is attached already, or the library is empty; add resources on the Resources page.</source>
        <translation>Alle Ressourcen der Bibliothek sind bereits angehängt, oder die Bibliothek ist leer; fügen Sie Ressourcen auf der Seite Ressourcen hinzu.</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Ressource:</translation>
    </message>
    <message>
        <source>Resource not attached</source>
        <translation>Ressource nicht angehängt</translation>
    </message>
    <message>
        <source>&amp;Detach Resource…</source>
        <translation>Ressource &amp;lösen…</translation>
    </message>
    <message>
        <source>Detach Resource</source>
        <translation>Ressource lösen</translation>
    </message>
    <message>
        <source>Resource not detached</source>
        <translation>Ressource nicht gelöst</translation>
    </message>
</context>
<context>
    <name>mentordesk::AttentionListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>MentorDesk could not open the program again to read what needs attention (%1). Reopen the program; if this persists, check that its folder is readable.</source>
        <translation>MentorDesk konnte das Programm nicht erneut öffnen, um zu lesen, was zu erledigen ist (%1). Öffnen Sie das Programm erneut; wenn das Problem bleibt, prüfen Sie, ob sein Ordner lesbar ist.</translation>
    </message>
</context>
<context>
    <name>mentordesk::AttentionWorkspace</name>
    <message>
        <source>E-mail Mentor…</source>
        <translation>Mentor anschreiben…</translation>
    </message>
    <message>
        <source>Do what resolves the selected line (Enter).</source>
        <translation>Erledigt, was die ausgewählte Zeile auflöst (Eingabe).</translation>
    </message>
    <message>
        <source>Compose a reminder to the mentor in your mail client (Ctrl+Shift+E); MentorDesk sends nothing itself.</source>
        <translation>Eine Erinnerung an den Mentor in Ihrem E-Mail-Programm verfassen (Strg+Umschalt+E); MentorDesk versendet selbst nichts.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing needs attention on %1.</source>
        <translation>Am %1 braucht nichts Aufmerksamkeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) need attention on %1, most urgent first.</source>
        <translation>
            <numerusform>%n Zeile braucht am %1 Aufmerksamkeit.</numerusform>
            <numerusform>%n Zeilen brauchen am %1 Aufmerksamkeit, die dringendste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n braucht Aufmerksamkeit</numerusform>
            <numerusform>%n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) need attention</source>
        <translation>
            <numerusform>%n Zeile braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Zeilen brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <source>%1 today: %2.</source>
        <translation>%1 heute: %2.</translation>
    </message>
    <message>
        <source>%1: your mentorship with %2</source>
        <translation>%1: Ihr Mentoring mit %2</translation>
    </message>
    <message>
        <source>Hello %1,

%2
</source>
        <translation>Hallo %1,

%2
</translation>
    </message>
    <message>
        <source>The mentor has no e-mail address; add one in the Mentors workspace.</source>
        <translation>Der Mentor hat keine E-Mail-Adresse; tragen Sie eine im Arbeitsbereich Mentoren ein.</translation>
    </message>
    <message>
        <source>No mail client opened the reminder; set one as your desktop&apos;s default.</source>
        <translation>Kein E-Mail-Programm hat die Erinnerung geöffnet; legen Sie eines als Standard Ihres Desktops fest.</translation>
    </message>
    <message>
        <source>Catch-up with %1</source>
        <translation>Abstimmung mit %1</translation>
    </message>
    <message>
        <source>Schedule touchpoint</source>
        <translation>Termin planen</translation>
    </message>
    <message>
        <source>Touchpoint not scheduled</source>
        <translation>Termin nicht geplant</translation>
    </message>
    <message>
        <source>Touchpoint with %1 on %2 saved. Edit ▸ Undo takes it back.</source>
        <translation>Termin mit %1 am %2 gespeichert. Bearbeiten ▸ Rückgängig nimmt ihn zurück.</translation>
    </message>
    <message>
        <source>&amp;Confirm Trial</source>
        <translation>Probephase &amp;bestätigen</translation>
    </message>
    <message>
        <source>E&amp;xtend Trial…</source>
        <translation>Probephase &amp;verlängern…</translation>
    </message>
    <message>
        <source>&amp;End Pairing…</source>
        <translation>Tandem b&amp;eenden…</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Pairing not changed</source>
        <translation>Tandem nicht geändert</translation>
    </message>
    <message>
        <source>The pairing of %1 is active now. Edit ▸ Undo takes it back.</source>
        <translation>Das Tandem von %1 ist jetzt aktiv. Bearbeiten ▸ Rückgängig nimmt das zurück.</translation>
    </message>
    <message>
        <source>The trial of %1 now ends on %2.</source>
        <translation>Die Probephase von %1 endet jetzt am %2.</translation>
    </message>
    <message>
        <source>The pairing of %1 has ended. Edit ▸ Undo takes it back.</source>
        <translation>Das Tandem von %1 ist beendet. Bearbeiten ▸ Rückgängig nimmt das zurück.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>The list is being read again; it shows the previous reading until then.</source>
        <translation>Die Liste wird neu gelesen; bis dahin zeigt sie den vorherigen Stand.</translation>
    </message>
</context>
<context>
    <name>mentordesk::AuditTableModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Record created or restored</source>
        <translation>Datensatz angelegt oder wiederhergestellt</translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation>Datensatz gelöscht</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>mentordesk::BalanceTableModel</name>
    <message>
        <source>–</source>
        <comment>no value</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The groups differ at baseline (standardized difference above %1): compare this metric&apos;s results with care.</source>
        <translation>Die Gruppen unterscheiden sich beim Ausgangswert (standardisierte Differenz über %1): Vergleichen Sie die Ergebnisse dieser Kennzahl mit Vorsicht.</translation>
    </message>
    <message>
        <source>Metric at baseline</source>
        <translation>Kennzahl (Ausgangswert)</translation>
    </message>
    <message>
        <source>Mentored</source>
        <translation>Begleitet</translation>
    </message>
    <message>
        <source>Comparison (weighted)</source>
        <translation>Vergleichsgruppe (gewichtet)</translation>
    </message>
    <message>
        <source>Standardized difference</source>
        <translation>Standardisierte Differenz</translation>
    </message>
    <message>
        <source>n mentored</source>
        <translation>n begleitet</translation>
    </message>
    <message>
        <source>n comparison</source>
        <translation>n Vergleichsgruppe</translation>
    </message>
</context>
<context>
    <name>mentordesk::CalendarExportDialog</name>
    <message>
        <source>&amp;Only these days:</source>
        <translation>Nur &amp;diese Tage:</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>The whole program</source>
        <translation>Das ganze Programm</translation>
    </message>
    <message>
        <source>One mentor</source>
        <translation>Ein Mentor</translation>
    </message>
    <message>
        <source>One mentee</source>
        <translation>Ein Mentee</translation>
    </message>
    <message>
        <source>One cohort</source>
        <translation>Eine Kohorte</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Touchpoints of:</source>
        <translation>&amp;Termine von:</translation>
    </message>
    <message>
        <source>&amp;Name or ID:</source>
        <translation>&amp;Name oder ID:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list.</source>
        <translation>„%1“ ist keine Zeitzone; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Enter whose touchpoints to export, or choose the whole program.</source>
        <translation>Geben Sie ein, wessen Termine exportiert werden sollen, oder wählen Sie das ganze Programm.</translation>
    </message>
    <message>
        <source>Start typing to see the names</source>
        <translation>Tippen Sie, um die Namen zu sehen</translation>
    </message>
    <message>
        <source>The range starts on %1, after its end on %2; give a start on or before the end.</source>
        <translation>Der Zeitraum beginnt am %1, nach seinem Ende am %2; geben Sie einen Beginn am oder vor dem Ende an.</translation>
    </message>
</context>
<context>
    <name>mentordesk::CalendarFileActions</name>
    <message>
        <source>E&amp;xport Calendar…</source>
        <translation>Kalender e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Import &amp;Calendar…</source>
        <translation>&amp;Kalender importieren…</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>termine</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics *.ical *.ifb);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n event(s) from %1; Edit ▸ Undo takes the import back.</source>
        <translation>
            <numerusform>%n Ereignis aus %1 importiert; Bearbeiten ▸ Rückgängig nimmt den Import zurück.</numerusform>
            <numerusform>%n Ereignisse aus %1 importiert; Bearbeiten ▸ Rückgängig nimmt den Import zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::CalendarFilterBar</name>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every touchpoint of the period</source>
        <translation>Alle Termine des Zeitraums zeigen</translation>
    </message>
    <message>
        <source>Mentor: name or ID</source>
        <translation>Mentor: Name oder ID</translation>
    </message>
    <message>
        <source>Mentor filter</source>
        <translation>Mentorfilter</translation>
    </message>
    <message>
        <source>Mentee: name or seller ID</source>
        <translation>Mentee: Name oder Händler-ID</translation>
    </message>
    <message>
        <source>Mentee filter</source>
        <translation>Menteefilter</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Cohort filter</source>
        <translation>Kohortenfilter</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Clear all calendar filters</source>
        <translation>Alle Kalenderfilter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>mentordesk::CalendarFilterBarField</name>
    <message>
        <source>Only this touchpoint&apos;s mentor: %1</source>
        <translation>Nur der Mentor dieses Termins: %1</translation>
    </message>
    <message>
        <source>Only this touchpoint&apos;s mentee: %1</source>
        <translation>Nur der Mentee dieses Termins: %1</translation>
    </message>
    <message>
        <source>Only this touchpoint&apos;s cohort: %1</source>
        <translation>Nur die Kohorte dieses Termins: %1</translation>
    </message>
    <message>
        <source>Suggestions for %1</source>
        <translation>Vorschläge für %1</translation>
    </message>
    <message>
        <source>Showing only the touchpoints of %1 (Esc removes this filter)</source>
        <translation>Nur die Termine von %1 werden gezeigt (Esc entfernt diesen Filter)</translation>
    </message>
</context>
<context>
    <name>mentordesk::CalendarImportDialog</name>
    <message>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2 to add, %3 to update, %4 unchanged; %n event(s) cannot be placed.</source>
        <translation>
            <numerusform>„%1“: %2 hinzuzufügen, %3 zu aktualisieren, %4 unverändert; %n Ereignis kann nicht zugeordnet werden.</numerusform>
            <numerusform>„%1“: %2 hinzuzufügen, %3 zu aktualisieren, %4 unverändert; %n Ereignisse können nicht zugeordnet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Importing this file would change nothing.</source>
        <translation>Der Import dieser Datei würde nichts ändern.</translation>
    </message>
</context>
<context>
    <name>mentordesk::CalendarLegend</name>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
</context>
<context>
    <name>mentordesk::CalendarWorkspace</name>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous week or month (Page Up)</source>
        <translation>Vorige Woche bzw. voriger Monat (Bild auf)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Zu heute springen (T)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next week or month (Page Down)</source>
        <translation>Nächste Woche bzw. nächster Monat (Bild ab)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>M&amp;onth</source>
        <translation>M&amp;onat</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day of the week shown</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Touchpoint deleted; Undo brings it back.</source>
        <translation>Termin gelöscht; Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Touchpoint…</source>
        <translation>&amp;Neuer Termin…</translation>
    </message>
    <message>
        <source>Schedule or log a touchpoint, or set up a recurring one (N)</source>
        <translation>Einen Termin planen oder erfassen oder eine Terminserie anlegen (N)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print what the calendar shows (Ctrl+P)</source>
        <translation>Drucken, was der Kalender anzeigt (Strg+P)</translation>
    </message>
    <message>
        <source>Nothing was created.</source>
        <translation>Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Recurring touchpoint created; Undo takes back all of it.</source>
        <translation>Terminserie angelegt; Rückgängig nimmt sie vollständig zurück.</translation>
    </message>
    <message>
        <source>Touchpoint created; Undo takes it back.</source>
        <translation>Termin angelegt; Rückgängig nimmt ihn zurück.</translation>
    </message>
    <message>
        <source>Attendance recorded; Undo takes it back.</source>
        <translation>Teilnahme erfasst; Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Calendar %1</source>
        <translation>Kalender %1</translation>
    </message>
    <message>
        <source>Print Calendar</source>
        <translation>Kalender drucken</translation>
    </message>
</context>
<context>
    <name>mentordesk::ChartPanel</name>
    <message>
        <source>Computing intervals…</source>
        <translation>Intervalle werden berechnet…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation>SVG-Zeichnung…</translation>
    </message>
    <message>
        <source>PDF Document…</source>
        <translation>PDF-Dokument…</translation>
    </message>
    <message>
        <source>Mentored n = %1</source>
        <translation>Begleitet n = %1</translation>
    </message>
    <message>
        <source>Mentored n = %1 · Comparison n = %2</source>
        <translation>Begleitet n = %1 · Vergleichsgruppe n = %2</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>mentordesk::ChecklistItemModel</name>
    <message>
        <source>%1 days — %2 of %3 done</source>
        <translation>%1 Tage — %2 von %3 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>Late: due %1, %n day(s) ago</source>
        <translation>
            <numerusform>Überfällig: fällig am %1, vor %n Tag</numerusform>
            <numerusform>Überfällig: fällig am %1, vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
</context>
<context>
    <name>mentordesk::ChecklistTemplatesDialog</name>
    <message numerus="yes">
        <source>After %n day(s)</source>
        <translation>
            <numerusform>Nach %n Tag</numerusform>
            <numerusform>Nach %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Item…</source>
        <translation>Punkt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>Checklist Templates</source>
        <translation>Checklisten-Vorlagen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Due after</source>
        <translation>Fällig nach</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Template not changed</source>
        <translation>Vorlage nicht geändert</translation>
    </message>
    <message>
        <source>Add Item</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Item due after %n day(s):</source>
        <translation>
            <numerusform>Punkt fällig nach %n Tag:</numerusform>
            <numerusform>Punkt fällig nach %n Tagen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Item</source>
        <translation>Punkt umbenennen</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Punkt:</translation>
    </message>
    <message>
        <source>R&amp;ename Template</source>
        <translation>Vorlage &amp;umbenennen</translation>
    </message>
    <message>
        <source>&amp;New Template…</source>
        <translation>&amp;Neue Vorlage…</translation>
    </message>
    <message>
        <source>Cop&amp;y Template…</source>
        <translation>Vorlage &amp;kopieren…</translation>
    </message>
    <message>
        <source>De&amp;lete Template</source>
        <translation>Vorlage lö&amp;schen</translation>
    </message>
    <message>
        <source>Use for New &amp;Pairings</source>
        <translation>Für neue Tandems ver&amp;wenden</translation>
    </message>
    <message>
        <source>Rename &amp;Item…</source>
        <translation>&amp;Punkt umbenennen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Item</source>
        <translation>Punkt ent&amp;fernen</translation>
    </message>
    <message>
        <source>The resources a pairing&apos;s mentor can open beside this item of their checklist.</source>
        <translation>Die Ressourcen, die der Mentor eines Tandems neben diesem Punkt seiner Checkliste öffnen kann.</translation>
    </message>
    <message>
        <source>A pairing gets the items of the template used for new pairings when it starts, each due its days after the start. Pairings that have started keep the checklists they got.</source>
        <translation>Ein Tandem erhält bei seinem Beginn die Punkte der Vorlage für neue Tandems, jeweils fällig die angegebenen Tage nach dem Beginn. Begonnene Tandems behalten die Checklisten, die sie erhalten haben.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>%1 (for new pairings)</source>
        <translation>%1 (für neue Tandems)</translation>
    </message>
    <message>
        <source>New pairings get this template, so it cannot be deleted: use another one for new pairings first.</source>
        <translation>Neue Tandems erhalten diese Vorlage, daher kann sie nicht gelöscht werden: Verwenden Sie zuerst eine andere für neue Tandems.</translation>
    </message>
    <message>
        <source>Deletes the template; pairings keep the checklists they got.</source>
        <translation>Löscht die Vorlage; Tandems behalten die Checklisten, die sie erhalten haben.</translation>
    </message>
    <message>
        <source>New pairings get this template.</source>
        <translation>Neue Tandems erhalten diese Vorlage.</translation>
    </message>
    <message>
        <source>New pairings get another template; Use for New Pairings makes it this one.</source>
        <translation>Neue Tandems erhalten eine andere Vorlage; „Für neue Tandems verwenden“ macht es zu dieser.</translation>
    </message>
    <message>
        <source>No template is used for new pairings: they start without a checklist.</source>
        <translation>Für neue Tandems wird keine Vorlage verwendet: Sie beginnen ohne Checkliste.</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Copy Template</source>
        <translation>Vorlage kopieren</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Name der neuen Vorlage:</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the template “%1” and its %n item(s)?</source>
        <translation>
            <numerusform>Die Vorlage „%1“ und ihren %n Punkt löschen?</numerusform>
            <numerusform>Die Vorlage „%1“ und ihre %n Punkte löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pairings keep the %n checklist item(s) they got from it, ticked or not; they are no longer linked to the template, so they no longer show its resources. The resources stay in the library. Edit ▸ Undo brings the template back.</source>
        <translation>
            <numerusform>Tandems behalten den %n Checklistenpunkt, den sie daraus erhalten haben, abgehakt oder nicht; er ist nicht mehr mit der Vorlage verknüpft und zeigt daher ihre Ressourcen nicht mehr. Die Ressourcen bleiben in der Bibliothek. Bearbeiten ▸ Rückgängig holt die Vorlage zurück.</numerusform>
            <numerusform>Tandems behalten die %n Checklistenpunkte, die sie daraus erhalten haben, abgehakt oder nicht; sie sind nicht mehr mit der Vorlage verknüpft und zeigen daher ihre Ressourcen nicht mehr. Die Ressourcen bleiben in der Bibliothek. Bearbeiten ▸ Rückgängig holt die Vorlage zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>mentordesk::CommitPage</name>
    <message>
        <source>Commit</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>The proposals become trial pairings. Edit ▸ Undo takes the whole run back.</source>
        <translation>Die Vorschläge werden zu Tandems in der Probephase. Bearbeiten ▸ Rückgängig nimmt den gesamten Lauf zurück.</translation>
    </message>
    <message>
        <source>Trial end date</source>
        <translation>Ende der Probephase</translation>
    </message>
    <message>
        <source>&amp;Trials end on:</source>
        <translation>Probephasen &amp;enden am:</translation>
    </message>
    <message numerus="yes">
        <source>%n trial pairing(s) start on %1 and end on %2.</source>
        <translation>
            <numerusform>%n Tandem in der Probephase beginnt am %1 und endet am %2.</numerusform>
            <numerusform>%n Tandems in der Probephase beginnen am %1 und enden am %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each trial lasts %n day(s).</source>
        <translation>
            <numerusform>Jede Probephase dauert %n Tag.</numerusform>
            <numerusform>Jede Probephase dauert %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>A re-matched mentee&apos;s current pairing ends as “re-matched” on the same day.</source>
        <translation>Das aktuelle Tandem eines neu zugeordneten Mentees endet am selben Tag als „neu zugeordnet“.</translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s) stay unmatched.</source>
        <translation>
            <numerusform>%n Mentee bleibt ohne Zuordnung.</numerusform>
            <numerusform>%n Mentees bleiben ohne Zuordnung.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pairings could not be committed; nothing was written. %1</source>
        <translation>Die Tandems konnten nicht übernommen werden; es wurde nichts geschrieben. %1</translation>
    </message>
</context>
<context>
    <name>mentordesk::DashboardFilterBar</name>
    <message>
        <source>All cohorts</source>
        <translation>Alle Kohorten</translation>
    </message>
    <message>
        <source>Cohort filter</source>
        <translation>Kohortenfilter</translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation>Alle Mentoren</translation>
    </message>
    <message>
        <source>Mentor filter</source>
        <translation>Mentorfilter</translation>
    </message>
    <message>
        <source>Enrolled from</source>
        <translation>Aufgenommen von</translation>
    </message>
    <message>
        <source>Enrolled until</source>
        <translation>Aufgenommen bis</translation>
    </message>
    <message>
        <source>Show comparison group</source>
        <translation>Vergleichsgruppe anzeigen</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>The figures as they were at the end of this month</source>
        <translation>Die Werte, wie sie am Ende dieses Monats waren</translation>
    </message>
    <message>
        <source>Draw the comparison group: similar sellers (same category, signed up within a month) who were never mentored</source>
        <translation>Vergleichsgruppe einzeichnen: ähnliche Händler (gleiche Kategorie, innerhalb eines Monats registriert), die nie begleitet wurden</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Kohorte:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Ka&amp;tegorie:</translation>
    </message>
    <message>
        <source>M&amp;entor:</source>
        <translation>Me&amp;ntor:</translation>
    </message>
    <message>
        <source>Enrolled &amp;from:</source>
        <translation>Aufgenommen &amp;von:</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>b&amp;is:</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
</context>
<context>
    <name>mentordesk::DashboardsWorkspace</name>
    <message>
        <source>Outcomes by month since enrolment</source>
        <translation>Ergebnisse nach Monaten seit der Aufnahme</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Ramp Time</source>
        <translation>Anlaufzeit</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Termintreue</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Tandems</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Ausgewogenheit</translation>
    </message>
    <message>
        <source>Monthly revenue goal reached</source>
        <translation>Monatliches Umsatzziel erreicht</translation>
    </message>
    <message>
        <source>Listing quality goal reached</source>
        <translation>Ziel für Angebotsqualität erreicht</translation>
    </message>
    <message>
        <source>How alike the groups were at enrolment. The comparison group is weighted to the mentored sellers&apos; categories and sign-up months; a standardized difference above %1 means the groups differ on that metric.</source>
        <translation>Wie ähnlich sich die Gruppen bei der Aufnahme waren. Die Vergleichsgruppe ist nach den Kategorien und Registrierungsmonaten der begleiteten Händler gewichtet; eine standardisierte Differenz über %1 bedeutet, dass sich die Gruppen in dieser Kennzahl unterscheiden.</translation>
    </message>
    <message>
        <source>Listing the sellers behind “%1”…</source>
        <translation>Die Händler zu „%1“ werden aufgelistet…</translation>
    </message>
    <message>
        <source>Mentored: %1 · Comparison: %2 · Mentees with comparison sellers: %3 · In neither group: %4</source>
        <translation>Begleitet: %1 · Vergleichsgruppe: %2 · Mentees mit Vergleichshändlern: %3 · In keiner Gruppe: %4</translation>
    </message>
    <message>
        <source>%1 — computing…</source>
        <translation>%1 — wird berechnet…</translation>
    </message>
</context>
<context>
    <name>mentordesk::DetailPanel</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Tandems</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Select a record to see its details.</source>
        <translation>Wählen Sie einen Datensatz aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more (filter the Sellers workspace by this cohort to see all)</source>
        <translation>
            <numerusform>… und %Ln weiteres (filtern Sie den Händler-Bereich nach dieser Kohorte, um alle zu sehen)</numerusform>
            <numerusform>… und %Ln weitere (filtern Sie den Händler-Bereich nach dieser Kohorte, um alle zu sehen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Confirm Pairing</source>
        <translation>Tandem &amp;bestätigen</translation>
    </message>
    <message>
        <source>Confirm the selected trial</source>
        <translation>Die ausgewählte Probephase bestätigen</translation>
    </message>
    <message>
        <source>E&amp;xtend Trial…</source>
        <translation>Probephase &amp;verlängern…</translation>
    </message>
    <message>
        <source>Extend the selected trial</source>
        <translation>Die ausgewählte Probephase verlängern</translation>
    </message>
    <message>
        <source>E&amp;nd Pairing…</source>
        <translation>Tandem b&amp;eenden…</translation>
    </message>
    <message>
        <source>End the selected pairing</source>
        <translation>Das ausgewählte Tandem beenden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action, its shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pairing not changed</source>
        <translation>Tandem nicht geändert</translation>
    </message>
    <message>
        <source>The pairing with %1 is active now. Edit ▸ Undo takes it back.</source>
        <translation>Das Tandem mit %1 ist jetzt aktiv. Bearbeiten ▸ Rückgängig nimmt dies zurück.</translation>
    </message>
    <message>
        <source>The trial with %1 now ends on %2.</source>
        <translation>Die Probephase mit %1 endet jetzt am %2.</translation>
    </message>
    <message>
        <source>The pairing with %1 has ended. Edit ▸ Undo takes it back.</source>
        <translation>Das Tandem mit %1 wurde beendet. Bearbeiten ▸ Rückgängig nimmt dies zurück.</translation>
    </message>
    <message>
        <source>Re-match This Mentee?</source>
        <translation>Diesen Mentee neu zuordnen?</translation>
    </message>
    <message>
        <source>The pairing has ended. Find a new mentor for %1 now? The other pairs stay as they are.</source>
        <translation>Das Tandem wurde beendet. Jetzt einen neuen Mentor für %1 suchen? Die anderen Paare bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Re-match This Mentee…</source>
        <translation>Diesen Mentee neu zuordnen…</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>mentee with mentor</comment>
        <translation>%1 mit %2</translation>
    </message>
</context>
<context>
    <name>mentordesk::DisclosureDialog</name>
    <message>
        <source>Add Disclosure</source>
        <translation>Offenlegung hinzufügen</translation>
    </message>
    <message>
        <source>Which conflict of interest does %1 declare? Matching keeps them apart from what they name.</source>
        <translation>Welchen Interessenkonflikt gibt %1 an? Das Matching hält den Mentor von allem fern, was darin genannt wird.</translation>
    </message>
    <message>
        <source>A seller</source>
        <translation>Ein Händler</translation>
    </message>
    <message>
        <source>A brand</source>
        <translation>Eine Marke</translation>
    </message>
    <message>
        <source>A category</source>
        <translation>Eine Kategorie</translation>
    </message>
    <message>
        <source>Kind of conflict</source>
        <translation>Art des Konflikts</translation>
    </message>
    <message>
        <source>What the conflict names</source>
        <translation>Gegenstand des Konflikts</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>For example: former employer</source>
        <translation>Zum Beispiel: ehemaliger Arbeitgeber</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>Angegeben am</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>Conflict &amp;with:</source>
        <translation>Konflikt &amp;mit:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Declared on:</source>
        <translation>An&amp;gegeben am:</translation>
    </message>
    <message>
        <source>Seller ID, for example S00012</source>
        <translation>Händler-ID, zum Beispiel S00012</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Markenname</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>mentordesk::DuplicatesPage</name>
    <message>
        <source>&amp;Update them with the file&apos;s values (empty cells keep the stored value)</source>
        <translation>Mit den Werten der Datei akt&amp;ualisieren (leere Zellen behalten den gespeicherten Wert)</translation>
    </message>
    <message>
        <source>&amp;Choose row by row:</source>
        <translation>Zeilenweise &amp;entscheiden:</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Alle markieren</translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation>&amp;Keine markieren</translation>
    </message>
    <message>
        <source>Sellers already in the program</source>
        <translation>Händler, die bereits im Programm sind</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s) of the file are already in the program, and the file would change them.</source>
        <translation>
            <numerusform>%n Händler der Datei ist bereits im Programm, und die Datei würde ihn ändern.</numerusform>
            <numerusform>%n Händler der Datei sind bereits im Programm, und die Datei würde sie ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 · %2 · %3</source>
        <translation>Zeile %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n are listed; with “Choose row by row”, the others are skipped.</source>
        <translation>
            <numerusform>Nur %n Händler ist aufgeführt; bei „Zeilenweise entscheiden“ werden die übrigen übersprungen.</numerusform>
            <numerusform>Nur die ersten %n Händler sind aufgeführt; bei „Zeilenweise entscheiden“ werden die übrigen übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Skip them: the stored sellers keep their values (the metrics of the rows are still recorded)</source>
        <translation>Über&amp;springen: Die gespeicherten Händler behalten ihre Werte (die Kennzahlen der Zeilen werden trotzdem erfasst)</translation>
    </message>
</context>
<context>
    <name>mentordesk::EndPairingDialog</name>
    <message>
        <source>End Pairing</source>
        <translation>Tandem beenden</translation>
    </message>
    <message>
        <source>End the pairing with %1? It stays in the history with its reason.</source>
        <translation>Das Tandem mit %1 beenden? Es bleibt mit seinem Grund im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Grund auswählen</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beendet am</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation>&amp;Beendet am:</translation>
    </message>
</context>
<context>
    <name>mentordesk::ExtendTrialDialog</name>
    <message>
        <source>Extend Trial</source>
        <translation>Probephase verlängern</translation>
    </message>
    <message>
        <source>The trial with %1 ends on %2. Until when should it run?</source>
        <translation>Die Probephase mit %1 endet am %2. Bis wann soll sie laufen?</translation>
    </message>
    <message>
        <source>The trial with %1 has no end date yet. Until when should it run?</source>
        <translation>Die Probephase mit %1 hat noch kein Enddatum. Bis wann soll sie laufen?</translation>
    </message>
    <message>
        <source>New trial end</source>
        <translation>Neues Ende der Probephase</translation>
    </message>
    <message>
        <source>New trial &amp;end:</source>
        <translation>Neues &amp;Ende der Probephase:</translation>
    </message>
</context>
<context>
    <name>mentordesk::FacetModel</name>
    <message>
        <source>All: %1</source>
        <translation>Alle: %1</translation>
    </message>
</context>
<context>
    <name>mentordesk::FeedbackDialog</name>
    <message>
        <source>Record Feedback</source>
        <translation>Feedback erfassen</translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation>Feedback bearbeiten</translation>
    </message>
    <message>
        <source>Feedback in the pairing %1.</source>
        <translation>Feedback im Tandem %1.</translation>
    </message>
    <message>
        <source> of 5</source>
        <translation> von 5</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Gegeben am:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>mentordesk::FeedbackModel</name>
    <message>
        <source>no ratings yet</source>
        <translation>noch keine Bewertungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rating(s))</source>
        <translation>
            <numerusform>%1 (%n Bewertung)</numerusform>
            <numerusform>%1 (%n Bewertungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentee about mentor</source>
        <translation>Mentee über Mentor</translation>
    </message>
    <message>
        <source>Mentor about mentee</source>
        <translation>Mentor über Mentee</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeben am</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>mentordesk::FilePage</name>
    <message>
        <source>&amp;Sellers — profiles, optionally with their current metrics</source>
        <translation>&amp;Händler — Profile, optional mit ihren aktuellen Kennzahlen</translation>
    </message>
    <message>
        <source>&amp;Metric snapshots — one seller and date per row</source>
        <translation>&amp;Kennzahlen-Snapshots — ein Händler und ein Datum pro Zeile</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Choose a CSV or text file exported from a marketplace back office or a spreadsheet.</source>
        <translation>Wählen Sie eine CSV- oder Textdatei, die aus dem Backoffice eines Marktplatzes oder aus einer Tabellenkalkulation exportiert wurde.</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>Pfad einer .csv- oder .txt-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>A saved profile sets the format and the columns at once; with one that fits the file, Next goes straight to the validation.</source>
        <translation>Ein gespeichertes Profil legt Format und Spalten auf einmal fest; passt es zur Datei, führt „Weiter“ direkt zur Prüfung.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Choose a File to Import</source>
        <translation>Zu importierende Datei auswählen</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv *.tab);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv *.tab);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Es gibt keine Datei „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n Datenzeile</numerusform>
            <numerusform>%n Datenzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n data row(s)</source>
        <translation>
            <numerusform>mehr als %n Datenzeile</numerusform>
            <numerusform>mehr als %n Datenzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · last changed on %4</source>
        <translation>%1 · %2 · %3 · zuletzt geändert am %4</translation>
    </message>
    <message>
        <source>(none — detect the format and the columns)</source>
        <translation>(keines — Format und Spalten automatisch erkennen)</translation>
    </message>
    <message>
        <source>The profile does not fit this file, so its columns are mapped by name: %1</source>
        <translation>Das Profil passt nicht zu dieser Datei, daher werden seine Spalten nach Namen zugeordnet: %1</translation>
    </message>
    <message>
        <source>M&amp;entors — profiles with their skills, languages and other lists</source>
        <translation>M&amp;entoren — Profile mit Kompetenzen, Sprachen und anderen Listen</translation>
    </message>
    <message>
        <source>A row names its mentor by mentor ID, else by e-mail; list cells separate their items with “|”.</source>
        <translation>Eine Zeile nennt ihren Mentor über die Mentor-ID, sonst über die E-Mail; Listenzellen trennen ihre Einträge mit „|“.</translation>
    </message>
</context>
<context>
    <name>mentordesk::FormatPage</name>
    <message>
        <source>detected from the file&apos;s byte-order mark</source>
        <translation>anhand der Byte-Order-Markierung (BOM) der Datei erkannt</translation>
    </message>
    <message>
        <source>detected: the text is valid UTF-8</source>
        <translation>erkannt: Der Text ist gültiges UTF-8</translation>
    </message>
    <message>
        <source>guessed from the text; check the accented letters in the preview</source>
        <translation>aus dem Text geschätzt; prüfen Sie Umlaute und Akzente in der Vorschau</translation>
    </message>
    <message>
        <source>could not be detected; Windows-1252 is what spreadsheets on Windows write</source>
        <translation>nicht erkannt; Tabellenkalkulationen unter Windows schreiben Windows-1252</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>Ihre Auswahl</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>First row holds &amp;column names</source>
        <translation>Erste Zeile enthält &amp;Spaltennamen</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Check that the preview shows the file&apos;s values in the right columns and with the right letters; change what was detected if not.</source>
        <translation>Prüfen Sie, ob die Vorschau die Werte der Datei in den richtigen Spalten und mit den richtigen Zeichen zeigt; ändern Sie andernfalls die erkannten Einstellungen.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Detect from the values</source>
        <translation>Anhand der Werte erkennen</translation>
    </message>
    <message>
        <source>1,234.56 (decimal point)</source>
        <translation>1,234.56 (Dezimalpunkt)</translation>
    </message>
    <message>
        <source>1.234,56 (decimal comma)</source>
        <translation>1.234,56 (Dezimalkomma)</translation>
    </message>
    <message>
        <source>Day before month (31/12/2026)</source>
        <translation>Tag vor Monat (31/12/2026)</translation>
    </message>
    <message>
        <source>Month before day (12/31/2026)</source>
        <translation>Monat vor Tag (12/31/2026)</translation>
    </message>
    <message>
        <source>Rows are counted from the first data row; the header row does not count.</source>
        <translation>Die Zeilen werden ab der ersten Datenzeile gezählt; die Kopfzeile zählt nicht mit.</translation>
    </message>
    <message>
        <source>the last row</source>
        <translation>letzte Zeile</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>Za&amp;hlen:</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>&amp;Datumsangaben:</translation>
    </message>
    <message>
        <source>&amp;Rows to import:</source>
        <translation>Zu importierende Zei&amp;len:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Every row is read as a single column: choose the delimiter that separates the file&apos;s values.</source>
        <translation>Jede Zeile wird als eine einzige Spalte gelesen: Wählen Sie das Trennzeichen, das die Werte der Datei trennt.</translation>
    </message>
    <message>
        <source>The last row comes before the first one: no row would be imported.</source>
        <translation>Die letzte Zeile liegt vor der ersten: Es würde keine Zeile importiert.</translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportBatchTableModel</name>
    <message>
        <source>%1
%2 bytes, SHA-256 %3</source>
        <translation>%1
%2 Byte, SHA-256 %3</translation>
    </message>
    <message>
        <source>Undone on %1</source>
        <translation>Rückgängig gemacht am %1</translation>
    </message>
    <message>
        <source>Mapping profile “%1”</source>
        <translation>Zuordnungsprofil „%1“</translation>
    </message>
    <message>
        <source>Metric snapshots</source>
        <translation>Kennzahlen-Snapshots</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Metric snapshots added or updated</source>
        <translation>Hinzugefügte oder aktualisierte Kennzahlen-Snapshots</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentoren</translation>
    </message>
    <message>
        <source>Sellers or mentors the file left as they were, including sellers skipped as duplicates</source>
        <translation>Händler oder Mentoren, die die Datei unverändert ließ, einschließlich als Duplikate übersprungener Händler</translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportHistoryDialog</name>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>No file has been imported into this program yet.</source>
        <translation>In dieses Programm wurde noch keine Datei importiert.</translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation>Dieser Import wurde bereits rückgängig gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s) it added will be deleted.</source>
        <translation>
            <numerusform>%n von ihm hinzugefügter Händler wird gelöscht.</numerusform>
            <numerusform>%n von ihm hinzugefügte Händler werden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s) it updated get their previous values back.</source>
        <translation>
            <numerusform>%n von ihm aktualisierter Händler erhält seine vorherigen Werte zurück.</numerusform>
            <numerusform>%n von ihm aktualisierte Händler erhalten ihre vorherigen Werte zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) it added will be deleted.</source>
        <translation>
            <numerusform>%n von ihm hinzugefügter Snapshot wird gelöscht.</numerusform>
            <numerusform>%n von ihm hinzugefügte Snapshots werden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) it updated get their previous values back.</source>
        <translation>
            <numerusform>%n von ihm aktualisierter Snapshot erhält seine vorherigen Werte zurück.</numerusform>
            <numerusform>%n von ihm aktualisierte Snapshots erhalten ihre vorherigen Werte zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the import of “%1” of %2?</source>
        <translation>Import von „%1“ vom %2 rückgängig machen?</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Import not undone</source>
        <translation>Import nicht rückgängig gemacht</translation>
    </message>
    <message>
        <source>Only the most recent import can be undone; undoing deletes the sellers, snapshots or mentors it added and puts back the values it changed.</source>
        <translation>Nur der jüngste Import kann rückgängig gemacht werden; dabei werden die hinzugefügten Händler, Snapshots oder Mentoren gelöscht und die geänderten Werte wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) it added will be deleted.</source>
        <translation>
            <numerusform>%n hinzugefügter Mentor wird gelöscht.</numerusform>
            <numerusform>%n hinzugefügte Mentoren werden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) it updated get their previous values and lists back.</source>
        <translation>
            <numerusform>%n aktualisierter Mentor erhält seine vorherigen Werte und Listen zurück.</numerusform>
            <numerusform>%n aktualisierte Mentoren erhalten ihre vorherigen Werte und Listen zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportPreviewModel</name>
    <message>
        <source>This row is outside the rows to import.</source>
        <translation>Diese Zeile liegt außerhalb der zu importierenden Zeilen.</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <source>Line %1 of the file: %2</source>
        <translation>Zeile %1 der Datei: %2</translation>
    </message>
    <message>
        <source>%1
(not imported)</source>
        <translation>%1
(nicht importiert)</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>Column “%1” is not imported.</source>
        <translation>Die Spalte „%1“ wird nicht importiert.</translation>
    </message>
    <message>
        <source>Column “%1” is imported as %2.</source>
        <translation>Die Spalte „%1“ wird als %2 importiert.</translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportRunPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The program gets the whole import or nothing of it: cancelling leaves it as it was.</source>
        <translation>Das Programm übernimmt den Import ganz oder gar nicht: Bei einem Abbruch bleibt es unverändert.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>The rows are being written to the program; the import can no longer be cancelled.</source>
        <translation>Die Zeilen werden in das Programm geschrieben; der Import kann nicht mehr abgebrochen werden.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Writing to the program and updating its indexes…</source>
        <translation>Das Programm wird geschrieben und seine Indizes werden aktualisiert…</translation>
    </message>
    <message numerus="yes">
        <source>Importing… %n row(s) read</source>
        <translation>
            <numerusform>Import läuft… %n Zeile gelesen</numerusform>
            <numerusform>Import läuft… %n Zeilen gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportRunner</name>
    <message>
        <source>The program file could not be opened for the import: %1</source>
        <translation>Die Programmdatei konnte für den Import nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>mentordesk::KpiTile</name>
    <message>
        <source>Click to list the mentored sellers this figure is computed over.</source>
        <translation>Klicken Sie, um die begleiteten Händler aufzulisten, über die dieser Wert berechnet wird.</translation>
    </message>
    <message numerus="yes">
        <source>-%n day(s)</source>
        <translation>
            <numerusform>-%n Tag</numerusform>
            <numerusform>-%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Prozentpunkte</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>95 % CI %1 to %2</source>
        <translation>95-%-Intervall %1 bis %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>interval: computing…</source>
        <translation>Intervall: wird berechnet…</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Comparison: too few to compare</source>
        <translation>Vergleichsgruppe: zu wenige für einen Vergleich</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Vergleichsgruppe: %1</translation>
    </message>
    <message>
        <source>Difference: %1 (%2)</source>
        <translation>Differenz: %1 (%2)</translation>
    </message>
    <message>
        <source>Difference: %1</source>
        <translation>Differenz: %1</translation>
    </message>
    <message>
        <source>%1, mentored</source>
        <translation>%1, begleitet</translation>
    </message>
</context>
<context>
    <name>mentordesk::ListEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Werte:</translation>
    </message>
</context>
<context>
    <name>mentordesk::MainWindow</name>
    <message>
        <source>Sellers</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentoren</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation>&amp;Neues Programm…</translation>
    </message>
    <message>
        <source>&amp;Open Program…</source>
        <translation>Programm ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zuletzt &amp;geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Program</source>
        <translation>&amp;Demoprogramm öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Add Record…</source>
        <translation>Datensatz &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>Datensatz &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MentorDesk</source>
        <translation>&amp;Über MentorDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot open program</source>
        <translation>Programm kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Change not applied</source>
        <translation>Änderung nicht übernommen</translation>
    </message>
    <message>
        <source>%1 — MentorDesk</source>
        <translation>%1 — MentorDesk</translation>
    </message>
    <message>
        <source>The program was upgraded to the current format; a safety copy of the old file is at “%1”.</source>
        <translation>Das Programm wurde auf das aktuelle Format aktualisiert; eine Sicherungskopie der alten Datei liegt unter „%1“.</translation>
    </message>
    <message>
        <source>Created a new, empty program.</source>
        <translation>Ein neues, leeres Programm wurde angelegt.</translation>
    </message>
    <message>
        <source>New Program</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Datei existiert bereits</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose File ▸ Open Program to open it, or pick a new name for the new program.</source>
        <translation>„%1“ existiert bereits. Wählen Sie Datei ▸ Programm öffnen, um die Datei zu öffnen, oder geben Sie dem neuen Programm einen anderen Namen.</translation>
    </message>
    <message>
        <source>Open Program</source>
        <translation>Programm öffnen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the demo program</source>
        <translation>Demoprogramm kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>About MentorDesk</source>
        <translation>Über MentorDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;The desk for coordinators of marketplace seller-mentorship programs: pair new sellers with experienced operators, keep the pairs working, and prove the program&apos;s impact.&lt;/p&gt;&lt;p&gt;Program file format %2. Built with Qt %3.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the MentorDesk developers. Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;Die Arbeitsumgebung für Koordinatoren von Mentoring-Programmen für Marktplatz-Händler: Bringen Sie neue Händler mit erfahrenen Praktikern zusammen, halten Sie die Tandems in Gang und belegen Sie die Wirkung des Programms.&lt;/p&gt;&lt;p&gt;Programmdateiformat %2. Erstellt mit Qt %3.&lt;/p&gt;&lt;p&gt;Copyright © 2026 die MentorDesk-Entwickler. Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No program open</source>
        <translation>Kein Programm geöffnet</translation>
    </message>
    <message>
        <source>Assign to C&amp;ohort…</source>
        <translation>&amp;Kohorte zuweisen…</translation>
    </message>
    <message>
        <source>&amp;Import Sellers…</source>
        <translation>Händler &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;Metric Snapshots…</source>
        <translation>&amp;Kennzahlen-Snapshots importieren…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Import&amp;verlauf…</translation>
    </message>
    <message>
        <source>The program was changed by an import; the views show its current contents.</source>
        <translation>Das Programm wurde durch einen Import geändert; die Ansichten zeigen den aktuellen Inhalt.</translation>
    </message>
    <message>
        <source>Trials awaiting a decision: confirm, extend or end them on the Pairings tab of the seller or the mentor.</source>
        <translation>Probephasen warten auf eine Entscheidung: Bestätigen, verlängern oder beenden Sie sie auf der Registerkarte „Tandems“ des Händlers oder des Mentors.</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>&amp;Matching</translation>
    </message>
    <message>
        <source>&amp;Match Mentees…</source>
        <translation>&amp;Mentees zuordnen…</translation>
    </message>
    <message>
        <source>The matching wizard is open already; finish or cancel it first.</source>
        <translation>Der Matching-Assistent ist bereits geöffnet; schließen Sie ihn zuerst ab oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>%1 alone (re-matching)</source>
        <translation>%1 allein (Neuzuordnung)</translation>
    </message>
    <message numerus="yes">
        <source>The %n seller(s) selected in the Sellers workspace</source>
        <translation>
            <numerusform>Der %n im Händler-Bereich ausgewählte Händler</numerusform>
            <numerusform>Die %n im Händler-Bereich ausgewählten Händler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n seller(s) of the Sellers workspace&apos;s current filter</source>
        <translation>
            <numerusform>Der %n Händler des aktuellen Filters im Händler-Bereich</numerusform>
            <numerusform>Die %n Händler des aktuellen Filters im Händler-Bereich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n mentor(s) selected in the Mentors workspace</source>
        <translation>
            <numerusform>Der %n im Mentoren-Bereich ausgewählte Mentor</numerusform>
            <numerusform>Die %n im Mentoren-Bereich ausgewählten Mentoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n mentor(s) of the Mentors workspace&apos;s current filter</source>
        <translation>
            <numerusform>Der %n Mentor des aktuellen Filters im Mentoren-Bereich</numerusform>
            <numerusform>Die %n Mentoren des aktuellen Filters im Mentoren-Bereich</numerusform>
        </translation>
    </message>
    <message>
        <source>The pairings were committed as trials; Edit ▸ Undo takes them back.</source>
        <translation>Die Tandems wurden als Probephasen übernommen; Bearbeiten ▸ Rückgängig nimmt sie zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n trial(s) end within %1 days</source>
        <translation>
            <numerusform>%n Probephase endet innerhalb von %1 Tagen</numerusform>
            <numerusform>%n Probephasen enden innerhalb von %1 Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trial(s) past their end</source>
        <translation>
            <numerusform>%n Probephase überfällig</numerusform>
            <numerusform>%n Probephasen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>trials ending soon, trials overdue</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>&amp;Related Categories…</source>
        <translation>&amp;Verwandte Kategorien…</translation>
    </message>
    <message>
        <source>Import M&amp;entors…</source>
        <translation>M&amp;entoren importieren…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>&amp;Checklist Templates…</source>
        <translation>&amp;Checklisten-Vorlagen…</translation>
    </message>
    <message>
        <source>Needs Attention</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
</context>
<context>
    <name>mentordesk::MappingPage</name>
    <message>
        <source>&amp;Save Profile…</source>
        <translation>Profil &amp;speichern…</translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <source>E&amp;xport date:</source>
        <translation>E&amp;xportdatum:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose the file&apos;s column for each field; fields marked * are required. Columns no field uses are not imported.</source>
        <translation>Wählen Sie für jedes Feld die Spalte der Datei; mit * markierte Felder sind Pflichtfelder. Spalten, die keinem Feld zugeordnet sind, werden nicht importiert.</translation>
    </message>
    <message>
        <source>The date of the snapshots of rows without a snapshot date column: the day the file was exported.</source>
        <translation>Das Datum der Snapshots für Zeilen ohne Spalte für das Snapshot-Datum: der Tag, an dem die Datei exportiert wurde.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>For example “%1”</source>
        <translation>Zum Beispiel „%1“</translation>
    </message>
    <message>
        <source>Still to map: %1.</source>
        <translation>Noch zuzuordnen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not imported: %1.</source>
        <translation>
            <numerusform>%n Spalte nicht importiert: %1.</numerusform>
            <numerusform>%n Spalten nicht importiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column holds the snapshot date: every row is a snapshot of the export date.</source>
        <translation>Keine Spalte enthält das Snapshot-Datum: Jede Zeile ist ein Snapshot zum Exportdatum.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>The profile “%1” does not fit this file: %2</source>
        <translation>Das Profil „%1“ passt nicht zu dieser Datei: %2</translation>
    </message>
    <message>
        <source>The columns of profile “%1” are mapped.</source>
        <translation>Die Spalten des Profils „%1“ wurden zugeordnet.</translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Name of the profile (the next file of this kind can use it):</source>
        <translation>Name des Profils (die nächste Datei dieser Art kann es verwenden):</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>Replace Profile</source>
        <translation>Profil ersetzen</translation>
    </message>
    <message>
        <source>A profile “%1” exists already. Replace it with these settings?</source>
        <translation>Ein Profil „%1“ existiert bereits. Soll es durch diese Einstellungen ersetzt werden?</translation>
    </message>
    <message>
        <source>Saved the profile “%1”.</source>
        <translation>Das Profil „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>Profil „%1“ löschen?</translation>
    </message>
    <message>
        <source>Deleted the profile “%1”.</source>
        <translation>Das Profil „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>The metrics of each row are recorded as a snapshot of the export date.</source>
        <translation>Die Kennzahlen jeder Zeile werden als Snapshot zum Exportdatum erfasst.</translation>
    </message>
</context>
<context>
    <name>mentordesk::MatchProposalModel</name>
    <message>
        <source>%1 %2</source>
        <comment>mentor ID and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Mentee ID</source>
        <translation>Mentee-ID</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Mentor ID</source>
        <translation>Mentor-ID</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Fixierungen</translation>
    </message>
    <message>
        <source>Why unmatched</source>
        <translation>Warum nicht zugeordnet</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fixiert</translation>
    </message>
    <message>
        <source>Pinned to %1</source>
        <translation>Fixiert auf %1</translation>
    </message>
    <message>
        <source>Forbidden: %1</source>
        <translation>Ausgeschlossen: %1</translation>
    </message>
    <message>
        <source>the mentor disclosed a conflict of interest with this seller</source>
        <translation>der Mentor hat einen Interessenkonflikt mit diesem Händler angegeben</translation>
    </message>
    <message>
        <source>the mentor disclosed a conflict of interest with a brand the seller sells</source>
        <translation>der Mentor hat einen Interessenkonflikt mit einer Marke angegeben, die der Händler verkauft</translation>
    </message>
    <message>
        <source>the mentor disclosed a conflict of interest with the seller&apos;s category</source>
        <translation>der Mentor hat einen Interessenkonflikt mit der Kategorie des Händlers angegeben</translation>
    </message>
    <message>
        <source>you forbade this pair</source>
        <translation>Sie haben dieses Paar ausgeschlossen</translation>
    </message>
    <message>
        <source>no agreement on “%1”, which is a must</source>
        <translation>keine Übereinstimmung bei „%1“, einem Pflichtfaktor</translation>
    </message>
    <message>
        <source>the score is below the minimum</source>
        <translation>der Score liegt unter dem Minimum</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (score %2): the places are taken by %3</source>
        <translation>%1 (Score %2): Die Plätze sind durch %3 belegt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (score %2): %n point(s) lower</source>
        <translation>
            <numerusform>%1 (Score %2): %n Punkt niedriger</numerusform>
            <numerusform>%1 (Score %2): %n Punkte niedriger</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not allowed, %2</source>
        <translation>%1: nicht zulässig, %2</translation>
    </message>
    <message>
        <source>%1 (score %2): as good, but the best matching overall needs this mentor elsewhere</source>
        <translation>%1 (Score %2): gleich gut, aber die insgesamt beste Zuordnung braucht diesen Mentor anderswo</translation>
    </message>
    <message numerus="yes">
        <source>Matched %1 of %n mentee(s)</source>
        <translation>
            <numerusform>%1 von %n Mentee zugeordnet</numerusform>
            <numerusform>%1 von %n Mentees zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>proven optimal</source>
        <translation>nachweislich optimal</translation>
    </message>
    <message>
        <source>not proven optimal</source>
        <translation>nicht nachweislich optimal</translation>
    </message>
    <message>
        <source>%1 · objective %2 · upper bound %3 · gap %4 — %5</source>
        <translation>%1 · Zielwert %2 · obere Schranke %3 · Lücke %4 — %5</translation>
    </message>
</context>
<context>
    <name>mentordesk::MatchRunner</name>
    <message>
        <source>The program file could not be opened for matching: %1</source>
        <translation>Die Programmdatei konnte nicht für das Matching geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The run could not be stored in the program: %1</source>
        <translation>Der Lauf konnte nicht im Programm gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>mentordesk::MatchWizard</name>
    <message>
        <source>Match Mentees</source>
        <translation>Mentees zuordnen</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Übernehmen</translation>
    </message>
</context>
<context>
    <name>mentordesk::MatchingTab</name>
    <message>
        <source>Skills:</source>
        <translation>Kompetenzen:</translation>
    </message>
    <message>
        <source>Edit skills</source>
        <translation>Kompetenzen bearbeiten</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>Edit categories</source>
        <translation>Kategorien bearbeiten</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <source>Edit channels</source>
        <translation>Kanäle bearbeiten</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <source>Edit languages</source>
        <translation>Sprachen bearbeiten</translation>
    </message>
    <message>
        <source>Brands:</source>
        <translation>Marken:</translation>
    </message>
    <message>
        <source>Edit brands</source>
        <translation>Marken bearbeiten</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Conflict with</source>
        <translation>Konflikt mit</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Conflict-of-interest disclosures</source>
        <translation>Offenlegungen von Interessenkonflikten</translation>
    </message>
    <message>
        <source>&amp;Add Disclosure…</source>
        <translation>Offenlegung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a conflict-of-interest disclosure</source>
        <translation>Eine Offenlegung eines Interessenkonflikts hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Disclosure</source>
        <translation>Offenlegung &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected disclosure</source>
        <translation>Die ausgewählte Offenlegung entfernen</translation>
    </message>
    <message>
        <source>Conflicts of interest:</source>
        <translation>Interessenkonflikte:</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>The skills of %1 were changed. Edit ▸ Undo takes it back.</source>
        <translation>Die Kompetenzen von %1 wurden geändert. Bearbeiten ▸ Rückgängig nimmt dies zurück.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>The categories %1 mentors in, separated by “|”.</source>
        <translation>Die Kategorien, in denen %1 Mentoring anbietet, getrennt durch „|“.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>The sales channels %1 knows, separated by “|”: own storefront, marketplace app, wholesale, social.</source>
        <translation>Die Vertriebskanäle, die %1 kennt, getrennt durch „|“: eigener Shop, Marktplatz-App, Großhandel, Social Media.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>The languages %1 speaks as two-letter codes, separated by “|”; for example en | de | fr.</source>
        <translation>Die Sprachen, die %1 spricht, als Codes aus zwei Buchstaben, getrennt durch „|“; zum Beispiel en | de | fr.</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>The brands %1 sells, separated by “|”.</source>
        <translation>Die Marken, die %1 verkauft, getrennt durch „|“.</translation>
    </message>
    <message>
        <source>%1 of %2 changed. Edit ▸ Undo takes it back.</source>
        <comment>list, record</comment>
        <translation>%1 von %2 wurden geändert. Bearbeiten ▸ Rückgängig nimmt dies zurück.</translation>
    </message>
    <message>
        <source>The disclosure of %1 was added. Edit ▸ Undo takes it back.</source>
        <translation>Die Offenlegung von %1 wurde hinzugefügt. Bearbeiten ▸ Rückgängig nimmt dies zurück.</translation>
    </message>
    <message>
        <source>The disclosure of %1 was removed. Edit ▸ Undo takes it back.</source>
        <translation>Die Offenlegung von %1 wurde entfernt. Bearbeiten ▸ Rückgängig nimmt dies zurück.</translation>
    </message>
</context>
<context>
    <name>mentordesk::MetricComparisonModel</name>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Baseline
%1</source>
        <translation>Ausgangswert
%1</translation>
    </message>
    <message>
        <source>Latest
%1</source>
        <translation>Aktuell
%1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>mentordesk::MonthGridView</name>
    <message>
        <source>%1 %2</source>
        <comment>time and title of a touchpoint</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::MonthlyOutcomeChart</name>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Months since enrolment</source>
        <translation>Monate seit der Aufnahme</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>(at enrolment)</source>
        <translation>(bei Aufnahme)</translation>
    </message>
    <message>
        <source>Too few to compare: %1 (fewer than %2 sellers).</source>
        <translation>Zu wenige für einen Vergleich: %1 (weniger als %2 Händler).</translation>
    </message>
    <message>
        <source>No values for this metric in the chosen scope.</source>
        <translation>Keine Werte für diese Kennzahl in der gewählten Auswahl.</translation>
    </message>
    <message>
        <source>%1, %2, month %3</source>
        <translation>%1, %2, Monat %3</translation>
    </message>
    <message>
        <source>95 % band, %1</source>
        <translation>95-%-Band, %1</translation>
    </message>
    <message>
        <source>%1, month %2: %3 (n = %4)</source>
        <translation>%1, Monat %2: %3 (n = %4)</translation>
    </message>
    <message>
        <source>%1, month %2: %3 (95 % CI %4 to %5, n = %6)</source>
        <translation>%1, Monat %2: %3 (95-%-Intervall %4 bis %5, n = %6)</translation>
    </message>
</context>
<context>
    <name>mentordesk::NewTouchpointDialog</name>
    <message>
        <source>It took place: log it as &amp;done</source>
        <translation>Hat stattgefunden: als &amp;erledigt erfassen</translation>
    </message>
    <message>
        <source>New Touchpoint</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Choose a pairing or a cohort…</source>
        <translation>Tandem oder Kohorte wählen…</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Every month, on the same day</source>
        <translation>Jeden Monat am selben Tag</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>U&amp;hrzeit:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Choose the pairing or the cohort the touchpoint is with.</source>
        <translation>Wählen Sie das Tandem oder die Kohorte, mit dem bzw. der der Termin stattfindet.</translation>
    </message>
    <message>
        <source>The repetition ends on %1, before the first touchpoint on %2; choose a later end.</source>
        <translation>Die Wiederholung endet am %1, vor dem ersten Termin am %2; wählen Sie ein späteres Ende.</translation>
    </message>
</context>
<context>
    <name>mentordesk::PagedTableModel</name>
    <message>
        <source>The records could not be counted: %1</source>
        <translation>Die Datensätze konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Die Datensätze konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — this column cannot be sorted</source>
        <translation>%1 — nach dieser Spalte kann nicht sortiert werden</translation>
    </message>
    <message>
        <source>%1 — click to sort</source>
        <translation>%1 — zum Sortieren klicken</translation>
    </message>
    <message>
        <source>The records could not be filtered: %1</source>
        <translation>Die Datensätze konnten nicht gefiltert werden: %1</translation>
    </message>
</context>
<context>
    <name>mentordesk::PairingChecklistPanel</name>
    <message>
        <source>Checklist of the selected pairing</source>
        <translation>Checkliste des ausgewählten Tandems</translation>
    </message>
    <message>
        <source>Tick an item off with its checkbox or the Space key.</source>
        <translation>Haken Sie einen Punkt über sein Kontrollkästchen oder mit der Leertaste ab.</translation>
    </message>
    <message>
        <source>Checklist not changed</source>
        <translation>Checkliste nicht geändert</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Feedback in the selected pairing</source>
        <translation>Feedback im ausgewählten Tandem</translation>
    </message>
    <message>
        <source>Record &amp;Feedback…</source>
        <translation>&amp;Feedback erfassen…</translation>
    </message>
    <message>
        <source>Edit Feedback…</source>
        <translation>Feedback bearbeiten…</translation>
    </message>
    <message>
        <source>Delete Feedback</source>
        <translation>Feedback löschen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Select a pairing to see its checklist and feedback.</source>
        <translation>Wählen Sie ein Tandem aus, um seine Checkliste und sein Feedback zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) late</source>
        <translation>
            <numerusform>%n Punkt überfällig</numerusform>
            <numerusform>%n Punkte überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentee about mentor: %1. Mentor about mentee: %2. The mentor&apos;s average from all mentees: %3.</source>
        <translation>Mentee über Mentor: %1. Mentor über Mentee: %2. Durchschnitt des Mentors über alle Mentees: %3.</translation>
    </message>
    <message>
        <source>Feedback not recorded</source>
        <translation>Feedback nicht erfasst</translation>
    </message>
    <message>
        <source>Feedback recorded. Edit ▸ Undo takes it back.</source>
        <translation>Feedback erfasst. Bearbeiten ▸ Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Feedback not changed</source>
        <translation>Feedback nicht geändert</translation>
    </message>
    <message>
        <source>Feedback not deleted</source>
        <translation>Feedback nicht gelöscht</translation>
    </message>
    <message>
        <source>Feedback deleted. Edit ▸ Undo brings it back.</source>
        <translation>Feedback gelöscht. Bearbeiten ▸ Rückgängig stellt es wieder her.</translation>
    </message>
    <message>
        <source>The resources attached to the item in its checklist template; click one to open it.</source>
        <translation>Die Ressourcen, die dem Punkt in seiner Checklistenvorlage angehängt sind; klicken Sie auf eine, um sie zu öffnen.</translation>
    </message>
</context>
<context>
    <name>mentordesk::PairingFunnelChart</name>
    <message>
        <source>Pairings: from trial to end</source>
        <translation>Tandems: von der Probephase bis zum Ende</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>In trial</source>
        <translation>In Probephase</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Tandems</translation>
    </message>
    <message>
        <source>%1: %2 pairings</source>
        <translation>%1: %2 Tandems</translation>
    </message>
    <message numerus="yes">
        <source>%n pairing(s) started</source>
        <translation>
            <numerusform>%n Tandem begonnen</numerusform>
            <numerusform>%n Tandems begonnen</numerusform>
        </translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Ended, %1: %2 pairings</source>
        <translation>Beendet, %1: %2 Tandems</translation>
    </message>
    <message>
        <source>Ended, other</source>
        <translation>Beendet, sonstige Gründe</translation>
    </message>
    <message>
        <source>Pairings, %1</source>
        <translation>Tandems, %1</translation>
    </message>
</context>
<context>
    <name>mentordesk::PairingTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation>Probephase bis</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Beendigungsgrund</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Touchpoints done</source>
        <translation>Erledigte Kontaktpunkte</translation>
    </message>
    <message numerus="yes">
        <source>Trial ends in %n day(s)</source>
        <translation>
            <numerusform>Probephase endet in %n Tag</numerusform>
            <numerusform>Probephase endet in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Trial ends today — decide</source>
        <translation>Probephase endet heute — entscheiden</translation>
    </message>
    <message numerus="yes">
        <source>Trial ended %n day(s) ago — decide</source>
        <translation>
            <numerusform>Probephase vor %n Tag beendet — entscheiden</numerusform>
            <numerusform>Probephase vor %n Tagen beendet — entscheiden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ProgramEditor</name>
    <message>
        <source>This field is calculated and cannot be edited.</source>
        <translation>Dieses Feld wird berechnet und kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>“%1” is not a field of this record.</source>
        <translation>„%1“ ist kein Feld dieses Datensatzes.</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>Der Datensatz existiert nicht mehr; möglicherweise wurde er gelöscht.</translation>
    </message>
    <message>
        <source>The mentor no longer exists; they may have been deleted.</source>
        <translation>Der Mentor existiert nicht mehr; möglicherweise wurde er gelöscht.</translation>
    </message>
    <message>
        <source>The disclosure no longer exists; it may have been removed meanwhile.</source>
        <translation>Die Offenlegung existiert nicht mehr; möglicherweise wurde sie inzwischen entfernt.</translation>
    </message>
</context>
<context>
    <name>mentordesk::RampTimeChart</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Ramp time: days to the first sale</source>
        <translation>Anlaufzeit: Tage bis zum ersten Verkauf</translation>
    </message>
    <message>
        <source>Days since enrolment</source>
        <translation>Tage seit der Aufnahme</translation>
    </message>
    <message>
        <source>Without a first sale (%)</source>
        <translation>Ohne ersten Verkauf (%)</translation>
    </message>
    <message>
        <source>50 %</source>
        <translation>50 %</translation>
    </message>
    <message>
        <source>Too few to compare: %1 (fewer than %2 sellers).</source>
        <translation>Zu wenige für einen Vergleich: %1 (weniger als %2 Händler).</translation>
    </message>
    <message>
        <source>Ramp time, %1: first sale within %2</source>
        <translation>Anlaufzeit, %1: erster Verkauf innerhalb von %2</translation>
    </message>
    <message>
        <source>Median, %1</source>
        <translation>Median, %1</translation>
    </message>
    <message>
        <source>95 % band, %1</source>
        <translation>95-%-Band, %1</translation>
    </message>
    <message>
        <source>%1: median not reached (fewer than half have sold).</source>
        <translation>%1: Median nicht erreicht (weniger als die Hälfte hat verkauft).</translation>
    </message>
    <message>
        <source>%1: median %2.</source>
        <translation>%1: Median %2.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>%1: median %2 (95 % CI %3 to %4).</source>
        <translation>%1: Median %2 (95-%-Intervall %3 bis %4).</translation>
    </message>
    <message>
        <source>%1, %2: 100 % without a first sale</source>
        <translation>%1, %2: 100 % ohne ersten Verkauf</translation>
    </message>
    <message>
        <source>%1, %2: %3 % without a first sale; %4 at risk</source>
        <translation>%1, %2: %3 % ohne ersten Verkauf; %4 unter Risiko</translation>
    </message>
    <message>
        <source>%1, %2: %3 % without a first sale (95 % CI %4–%5 %); %6 at risk</source>
        <translation>%1, %2: %3 % ohne ersten Verkauf (95-%-Intervall %4–%5 %); %6 unter Risiko</translation>
    </message>
</context>
<context>
    <name>mentordesk::RecentPrograms</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
</context>
<context>
    <name>mentordesk::RelatedCategoriesDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Related Categories</source>
        <translation>Verwandte Kategorien</translation>
    </message>
    <message>
        <source>Sellers and mentors in related categories match nearly as well as in the same category. Each change can be undone with Edit ▸ Undo.</source>
        <translation>Händler und Mentoren in verwandten Kategorien passen fast so gut zusammen wie in derselben Kategorie. Jede Änderung lässt sich mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Related category pairs</source>
        <translation>Paare verwandter Kategorien</translation>
    </message>
    <message>
        <source>First category</source>
        <translation>Erste Kategorie</translation>
    </message>
    <message>
        <source>Second category</source>
        <translation>Zweite Kategorie</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Relate the two categories</source>
        <translation>Die beiden Kategorien als verwandt festlegen</translation>
    </message>
    <message>
        <source>Remove the selected pair</source>
        <translation>Das ausgewählte Paar entfernen</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>is related &amp;to:</source>
        <translation>ist &amp;verwandt mit:</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n related pair(s):</source>
        <translation>
            <numerusform>%n verwandtes Paar:</numerusform>
            <numerusform>%n verwandte Paare:</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories not related</source>
        <translation>Kategorien nicht als verwandt festgelegt</translation>
    </message>
    <message>
        <source>Pair not removed</source>
        <translation>Paar nicht entfernt</translation>
    </message>
</context>
<context>
    <name>mentordesk::ResourceDialog</name>
    <message>
        <source>Add Link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Edit Resource</source>
        <translation>Ressource bearbeiten</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
</context>
<context>
    <name>mentordesk::ResourceTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Size or site</source>
        <translation>Größe oder Website</translation>
    </message>
</context>
<context>
    <name>mentordesk::ResourcesWorkspace</name>
    <message>
        <source>Add &amp;Link…</source>
        <translation>&amp;Link hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation>&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Search titles, categories, tags and addresses</source>
        <translation>Titel, Kategorien, Schlagwörter und Adressen durchsuchen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>Resource not changed</source>
        <translation>Ressource nicht geändert</translation>
    </message>
    <message>
        <source>Add File to the Library</source>
        <translation>Datei zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>The file was copied into the program; Edit… gives it a kind, category and tags.</source>
        <translation>Die Datei wurde in das Programm kopiert; mit Bearbeiten… erhält sie Art, Kategorie und Schlagwörter.</translation>
    </message>
</context>
<context>
    <name>mentordesk::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Pin (P) or forbid (F) pairs, swap two mentors, then re-solve the rest; Enter explains a row.</source>
        <translation>Paare fixieren (P) oder ausschließen (F), zwei Mentoren tauschen, dann den Rest neu berechnen; die Eingabetaste erklärt eine Zeile.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Proposed pairs</source>
        <translation>Vorgeschlagene Paare</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>Fi&amp;xieren</translation>
    </message>
    <message>
        <source>Keep this pair in every re-solve (P); again to unpin.</source>
        <translation>Dieses Paar bei jeder Neuberechnung beibehalten (P); erneut, um die Fixierung aufzuheben.</translation>
    </message>
    <message>
        <source>&amp;Forbid</source>
        <translation>Aus&amp;schließen</translation>
    </message>
    <message>
        <source>Never pair this mentee with this mentor (F); again to allow.</source>
        <translation>Diesen Mentee nie mit diesem Mentor zusammenbringen (F); erneut, um es wieder zu erlauben.</translation>
    </message>
    <message>
        <source>S&amp;wap Mentors</source>
        <translation>Mentoren &amp;tauschen</translation>
    </message>
    <message>
        <source>Give each of the two selected mentees the other&apos;s mentor (both pairs are pinned).</source>
        <translation>Jedem der beiden ausgewählten Mentees den Mentor des anderen geben (beide Paare werden fixiert).</translation>
    </message>
    <message>
        <source>&amp;Re-solve</source>
        <translation>Neu &amp;berechnen</translation>
    </message>
    <message>
        <source>Match the rest again, keeping the pins and forbids.</source>
        <translation>Den Rest erneut zuordnen und dabei die Fixierungen und Ausschlüsse beibehalten.</translation>
    </message>
    <message>
        <source>C&amp;ompare with Previous Run</source>
        <translation>Mit vorherigem Lauf &amp;vergleichen</translation>
    </message>
    <message>
        <source>Show only &amp;unmatched</source>
        <translation>Nur &amp;nicht zugeordnete anzeigen</translation>
    </message>
    <message>
        <source>Progress of the re-solve</source>
        <translation>Fortschritt der Neuberechnung</translation>
    </message>
    <message>
        <source>Cancel Re-solve</source>
        <translation>Neuberechnung abbrechen</translation>
    </message>
    <message>
        <source>Re-solving…</source>
        <translation>Neuberechnung läuft…</translation>
    </message>
    <message>
        <source>Re-solve to apply your pins and forbids before you commit.</source>
        <translation>Berechnen Sie neu, um Ihre Fixierungen und Ausschlüsse anzuwenden, bevor Sie übernehmen.</translation>
    </message>
    <message>
        <source>Select a mentee to see why they got their mentor, or none.</source>
        <translation>Wählen Sie einen Mentee aus, um zu sehen, warum er seinen Mentor – oder keinen – erhalten hat.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>mentee ID and shop</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <source>Other mentors</source>
        <translation>Andere Mentoren</translation>
    </message>
    <message>
        <source>The re-solve was cancelled; the proposals are those of the last run.</source>
        <translation>Die Neuberechnung wurde abgebrochen; die Vorschläge sind die des letzten Laufs.</translation>
    </message>
    <message>
        <source>The re-solve failed: %1</source>
        <translation>Die Neuberechnung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>mentordesk::RoundtableAttendanceDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Entschuldigt</translation>
    </message>
    <message>
        <source>Roundtable Attendance</source>
        <translation>Teilnahme an der Kohortenrunde</translation>
    </message>
    <message>
        <source>Who came to “%1”? Attendance is voluntary: it never counts against a pairing&apos;s adherence.</source>
        <translation>Wer war bei „%1“? Die Teilnahme ist freiwillig: Sie zählt nie gegen die Termintreue eines Tandems.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Attendance per cohort member</source>
        <translation>Teilnahme je Kohortenmitglied</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>member name (seller ID)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mark the &amp;Rest Attended</source>
        <translation>&amp;Rest als teilgenommen markieren</translation>
    </message>
    <message>
        <source>The cohort has no members yet.</source>
        <translation>Die Kohorte hat noch keine Mitglieder.</translation>
    </message>
    <message>
        <source>%1 has a note but no attendance; choose attended, absent or excused, or clear the note.</source>
        <translation>%1 hat eine Notiz, aber keine Teilnahme; wählen Sie Teilgenommen, Abwesend oder Entschuldigt, oder löschen Sie die Notiz.</translation>
    </message>
</context>
<context>
    <name>mentordesk::RulesPage</name>
    <message>
        <source>Weights and Rules</source>
        <translation>Gewichtungen und Regeln</translation>
    </message>
    <message>
        <source>How much each factor counts (0–10), which ones are a must, and the limits of the run.</source>
        <translation>Wie stark jeder Faktor zählt (0–10), welche Faktoren Pflicht sind, und die Grenzen des Laufs.</translation>
    </message>
    <message>
        <source>Mentees with an allowed mentor</source>
        <translation>Mentees mit einem zulässigen Mentor</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Must</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewichtung von %1</translation>
    </message>
    <message>
        <source>%1 is a must</source>
        <translation>%1 ist Pflicht</translation>
    </message>
    <message>
        <source>A pair without any agreement on this factor is not allowed.</source>
        <translation>Ein Paar ohne jede Übereinstimmung bei diesem Faktor ist nicht zulässig.</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>Standardwerte wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>High-potential bonus</source>
        <translation>Bonus für hohes Potenzial</translation>
    </message>
    <message>
        <source>Stability bonus</source>
        <translation>Stabilitätsbonus</translation>
    </message>
    <message>
        <source>When re-matching: points for staying with the current mentor.</source>
        <translation>Bei einer Neuzuordnung: Punkte für den Verbleib beim aktuellen Mentor.</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Mindestscore</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Fairness: raise the lowest score first</source>
        <translation>&amp;Fairness: zuerst den niedrigsten Score anheben</translation>
    </message>
    <message>
        <source>At most, per mentor and cohort:</source>
        <translation>Höchstens, pro Mentor und Kohorte:</translation>
    </message>
    <message>
        <source>Mentees per cohort</source>
        <translation>Mentees pro Kohorte</translation>
    </message>
    <message>
        <source>At most, of all open pairings, per mentor:</source>
        <translation>Höchstens, von allen offenen Tandems, pro Mentor:</translation>
    </message>
    <message>
        <source>Share of open pairings</source>
        <translation>Anteil an offenen Tandems</translation>
    </message>
    <message>
        <source> %</source>
        <comment>percent suffix</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;High-potential bonus:</source>
        <translation>Bonus für hohes &amp;Potenzial:</translation>
    </message>
    <message>
        <source>S&amp;tability bonus:</source>
        <translation>S&amp;tabilitätsbonus:</translation>
    </message>
    <message>
        <source>&amp;Minimum score:</source>
        <translation>&amp;Mindestscore:</translation>
    </message>
    <message>
        <source>Counting the mentees with an allowed mentor…</source>
        <translation>Mentees mit einem zulässigen Mentor werden gezählt…</translation>
    </message>
    <message>
        <source>The mentees and mentors could not be loaded: %1</source>
        <translation>Die Mentees und Mentoren konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mentee(s) have at least one allowed mentor</source>
        <translation>
            <numerusform>%1 von %n Mentee hat mindestens einen zulässigen Mentor</numerusform>
            <numerusform>%1 von %n Mentees haben mindestens einen zulässigen Mentor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free place(s)</source>
        <translation>
            <numerusform>%n freier Platz</numerusform>
            <numerusform>%n freie Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Vorlage auswählen…</translation>
    </message>
    <message>
        <source>The preset could not be read: %1</source>
        <translation>Die Vorlage konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>The preset could not be saved: %1</source>
        <translation>Die Vorlage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the preset “%1”?</source>
        <translation>Die Vorlage „%1“ löschen?</translation>
    </message>
    <message>
        <source>The preset could not be deleted: %1</source>
        <translation>Die Vorlage konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>mentordesk::RunComparisonDialog</name>
    <message>
        <source>Compare with Previous Run</source>
        <translation>Mit vorherigem Lauf vergleichen</translation>
    </message>
    <message>
        <source>The runs could not be compared: %1</source>
        <translation>Die Läufe konnten nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>Every mentee has the same mentor and score as in the previous run.</source>
        <translation>Jeder Mentee hat denselben Mentor und Score wie im vorherigen Lauf.</translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s) changed since the previous run.</source>
        <translation>
            <numerusform>%n Mentee hat sich seit dem vorherigen Lauf geändert.</numerusform>
            <numerusform>%n Mentees haben sich seit dem vorherigen Lauf geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes since the previous run</source>
        <translation>Änderungen seit dem vorherigen Lauf</translation>
    </message>
    <message>
        <source>Mentee ID</source>
        <translation>Mentee-ID</translation>
    </message>
    <message>
        <source>Previous mentor</source>
        <translation>Bisheriger Mentor</translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation>Neuer Mentor</translation>
    </message>
    <message>
        <source>Score change</source>
        <translation>Score-Änderung</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>mentordesk::RunPage</name>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Scoring every pair, finding the best matching and proving that none is better. Nothing is written to the pairings until you commit.</source>
        <translation>Jedes Paar wird bewertet, die beste Zuordnung gesucht und nachgewiesen, dass keine besser ist. In die Tandems wird nichts geschrieben, bis Sie übernehmen.</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>Matching läuft…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The run was cancelled; nothing was stored. Go back to change the rules and run again.</source>
        <translation>Der Lauf wurde abgebrochen; es wurde nichts gespeichert. Gehen Sie zurück, um die Regeln zu ändern, und starten Sie den Lauf erneut.</translation>
    </message>
    <message>
        <source>The matching could not be completed: %1</source>
        <translation>Das Matching konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>mentordesk::SelectionPage</name>
    <message>
        <source>&amp;Enrolled sellers without an open pairing</source>
        <translation>&amp;Aufgenommene Händler ohne offenes Tandem</translation>
    </message>
    <message>
        <source>Enrolled members of a &amp;cohort without an open pairing:</source>
        <translation>Aufgenommene Mitglieder einer &amp;Kohorte ohne offenes Tandem:</translation>
    </message>
    <message>
        <source>Every &amp;active mentor with free places</source>
        <translation>Alle aktiven &amp;Mentoren mit freien Plätzen</translation>
    </message>
    <message>
        <source>Mentees and Mentors</source>
        <translation>Mentees und Mentoren</translation>
    </message>
    <message>
        <source>Choose who takes part in this run.</source>
        <translation>Wählen Sie, wer an diesem Lauf teilnimmt.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentoren</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>The mentees and mentors could not be counted: %1</source>
        <translation>Die Mentees und Mentoren konnten nicht gezählt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s)</source>
        <translation>
            <numerusform>%n Mentee</numerusform>
            <numerusform>%n Mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%n Mentor</numerusform>
            <numerusform>%n Mentoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free place(s)</source>
        <translation>
            <numerusform>%n freiem Platz</numerusform>
            <numerusform>%n freien Plätzen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 with %3</source>
        <translation>%1 · %2 mit %3</translation>
    </message>
    <message>
        <source>%1 — there is nobody to match; choose other mentees.</source>
        <translation>%1 — es gibt niemanden zuzuordnen; wählen Sie andere Mentees.</translation>
    </message>
    <message>
        <source>%1 — no mentor has a free place; choose other mentors.</source>
        <translation>%1 — kein Mentor hat einen freien Platz; wählen Sie andere Mentoren.</translation>
    </message>
</context>
<context>
    <name>mentordesk::SkillsDialog</name>
    <message>
        <source>Edit Skills</source>
        <translation>Kompetenzen bearbeiten</translation>
    </message>
    <message>
        <source>How well does %1 know each area? 0 means not at all, 5 expert.</source>
        <translation>Wie gut kennt sich %1 in den einzelnen Bereichen aus? 0 bedeutet gar nicht, 5 Expertenniveau.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Level in %1</source>
        <translation>Niveau in %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>mentordesk::SummaryPage</name>
    <message>
        <source>Save &amp;Error Report…</source>
        <translation>Fehlerbericht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Show Imported Sellers</source>
        <translation>Importierte Händler &amp;anzeigen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The file was imported in %1 s.</source>
        <translation>Die Datei wurde in %1 s importiert.</translation>
    </message>
    <message>
        <source>The import was cancelled. The program is unchanged.</source>
        <translation>Der Import wurde abgebrochen. Das Programm ist unverändert.</translation>
    </message>
    <message>
        <source>The import failed and the program is unchanged: %1</source>
        <translation>Der Import ist fehlgeschlagen, das Programm ist unverändert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n Zeile gelesen.</numerusform>
            <numerusform>%n Zeilen gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s) added.</source>
        <translation>
            <numerusform>%n Händler hinzugefügt.</numerusform>
            <numerusform>%n Händler hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s) updated.</source>
        <translation>
            <numerusform>%n Händler aktualisiert.</numerusform>
            <numerusform>%n Händler aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s) unchanged.</source>
        <translation>
            <numerusform>%n Händler unverändert.</numerusform>
            <numerusform>%n Händler unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing seller(s) skipped.</source>
        <translation>
            <numerusform>%n vorhandener Händler übersprungen.</numerusform>
            <numerusform>%n vorhandene Händler übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) added.</source>
        <translation>
            <numerusform>%n Snapshot hinzugefügt.</numerusform>
            <numerusform>%n Snapshots hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) updated.</source>
        <translation>
            <numerusform>%n Snapshot aktualisiert.</numerusform>
            <numerusform>%n Snapshots aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt.</numerusform>
            <numerusform>%n Zeilen abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>New values of %1: %2.</source>
        <translation>Neue Werte für %1: %2.</translation>
    </message>
    <message>
        <source>A safety copy of the program as it was before is at “%1”.</source>
        <translation>Eine Sicherungskopie des vorherigen Programmstands liegt unter „%1“.</translation>
    </message>
    <message>
        <source>Import History in the File menu can undo this import as a whole.</source>
        <translation>Mit Datei ▸ Importverlauf lässt sich dieser Import als Ganzes rückgängig machen.</translation>
    </message>
    <message>
        <source>The error report could not be written to the temporary folder.</source>
        <translation>Der Fehlerbericht konnte nicht in den temporären Ordner geschrieben werden.</translation>
    </message>
    <message>
        <source>The error report could not be saved as “%1”. Check that the folder is writable and the disk is not full.</source>
        <translation>Der Fehlerbericht konnte nicht als „%1“ gespeichert werden. Prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>%1-rejected-rows.csv</source>
        <translation>%1-abgelehnte-Zeilen.csv</translation>
    </message>
    <message>
        <source>Save Error Report</source>
        <translation>Fehlerbericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) added.</source>
        <translation>
            <numerusform>%n Mentor hinzugefügt.</numerusform>
            <numerusform>%n Mentoren hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) updated.</source>
        <translation>
            <numerusform>%n Mentor aktualisiert.</numerusform>
            <numerusform>%n Mentoren aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) unchanged.</source>
        <translation>
            <numerusform>%n Mentor unverändert.</numerusform>
            <numerusform>%n Mentoren unverändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::TouchpointDetailPanel</name>
    <message>
        <source>⚠ A stored time zone is not a valid IANA name; that person&apos;s time is shown on the program&apos;s clock.</source>
        <translation>⚠ Eine gespeicherte Zeitzone ist kein gültiger IANA-Name; die Zeit dieser Person wird in der Zeitzone des Programms gezeigt.</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Mentor:</source>
        <translation>Mentor:</translation>
    </message>
    <message>
        <source>Mentee:</source>
        <translation>Mentee:</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Kohorte:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Als %1 markieren</translation>
    </message>
    <message>
        <source>No touchpoint selected</source>
        <translation>Kein Termin ausgewählt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>kind · status</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 min</source>
        <comment>kind · status · duration</comment>
        <translation>%1 · %2 · %3 Min.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>name, local time</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>&amp;Teilnahme…</translation>
    </message>
    <message>
        <source>Record who of the cohort came</source>
        <translation>Erfassen, wer aus der Kohorte da war</translation>
    </message>
</context>
<context>
    <name>mentordesk::TouchpointEditDialog</name>
    <message>
        <source>Edit Touchpoint</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;auer:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>mentordesk::TouchpointRangeModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>mentordesk::ValidationPage</name>
    <message>
        <source>Change the &amp;Format…</source>
        <translation>Forma&amp;t ändern…</translation>
    </message>
    <message>
        <source>Show &amp;only rows with problems</source>
        <translation>&amp;Nur Zeilen mit Problemen anzeigen</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>The whole file is checked without changing the program. Cells with problems are red (amber when a value can be read two ways); point at one to see why.</source>
        <translation>Die gesamte Datei wird geprüft, ohne das Programm zu ändern. Zellen mit Problemen sind rot (orange, wenn ein Wert zweideutig ist); zeigen Sie auf eine Zelle, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Stopping the check…</source>
        <translation>Prüfung wird angehalten…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Checking the file… %n row(s) read</source>
        <translation>
            <numerusform>Datei wird geprüft… %n Zeile gelesen</numerusform>
            <numerusform>Datei wird geprüft… %n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Gelesene Zeilen:</translation>
    </message>
    <message>
        <source>New sellers:</source>
        <translation>Neue Händler:</translation>
    </message>
    <message>
        <source>Sellers updated:</source>
        <translation>Aktualisierte Händler:</translation>
    </message>
    <message>
        <source>Sellers unchanged:</source>
        <translation>Unveränderte Händler:</translation>
    </message>
    <message>
        <source>New snapshots:</source>
        <translation>Neue Snapshots:</translation>
    </message>
    <message>
        <source>Snapshots updated:</source>
        <translation>Aktualisierte Snapshots:</translation>
    </message>
    <message>
        <source>Snapshots unchanged:</source>
        <translation>Unveränderte Snapshots:</translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation>Abgelehnte Zeilen:</translation>
    </message>
    <message>
        <source>No row of the file can be imported. Check the columns and the format.</source>
        <translation>Keine Zeile der Datei kann importiert werden. Prüfen Sie die Spalten und das Format.</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Alle Zeilen können importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be left out; after the import, the summary can save them with their problems as a report.</source>
        <translation>
            <numerusform>%n Zeile wird ausgelassen; nach dem Import können Sie sie in der Zusammenfassung mit ihren Problemen als Bericht speichern.</numerusform>
            <numerusform>%n Zeilen werden ausgelassen; nach dem Import können Sie sie in der Zusammenfassung mit ihren Problemen als Bericht speichern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %n rejected row(s).</source>
        <translation>
            <numerusform>Die Vorschau zeigt %n abgelehnte Zeile.</numerusform>
            <numerusform>Die Vorschau zeigt die ersten %n abgelehnten Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some numbers or dates can be read two ways (amber cells, such as 1,234 or 03/04/2026). Choose how the file writes numbers and dates on the format page to settle them.</source>
        <translation>Einige Zahlen oder Datumsangaben sind zweideutig (orangefarbene Zellen, etwa 1,234 oder 03/04/2026). Legen Sie auf der Formatseite fest, wie die Datei Zahlen und Datumsangaben schreibt, um sie eindeutig zu machen.</translation>
    </message>
    <message>
        <source>New mentors:</source>
        <translation>Neue Mentoren:</translation>
    </message>
    <message>
        <source>Mentors updated:</source>
        <translation>Aktualisierte Mentoren:</translation>
    </message>
    <message>
        <source>Mentors unchanged:</source>
        <translation>Unveränderte Mentoren:</translation>
    </message>
</context>
<context>
    <name>mentordesk::WeekAgendaView</name>
    <message>
        <source>%1 %2</source>
        <comment>time and title of a touchpoint</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::WorkspaceView</name>
    <message>
        <source>Search shop, contact, e-mail or seller ID  (Ctrl+F)</source>
        <translation>Shop, Kontakt, E-Mail oder Händler-ID suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search name, e-mail or category  (Ctrl+F)</source>
        <translation>Name, E-Mail oder Kategorie suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search name, focus or notes  (Ctrl+F)</source>
        <translation>Name, Schwerpunkt oder Notizen suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Show only records with this %1</source>
        <translation>Nur Datensätze mit diesem Wert anzeigen: %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a record (Insert)</source>
        <translation>Datensatz hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete)</source>
        <translation>Ausgewählten Datensatz löschen (Entf)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Angezeigte Spalten auswählen</translation>
    </message>
    <message>
        <source>“%1” cannot be sorted; sortable columns say so in their tooltip.</source>
        <translation>Nach „%1“ kann nicht sortiert werden; sortierbare Spalten weisen in ihrem Tooltip darauf hin.</translation>
    </message>
    <message>
        <source>Record not added</source>
        <translation>Datensatz nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Added “%1”. Edit ▸ Undo takes it back.</source>
        <translation>„%1“ wurde hinzugefügt. Mit Bearbeiten ▸ Rückgängig lässt sich das zurücknehmen.</translation>
    </message>
    <message>
        <source>Cannot delete “%1”</source>
        <translation>„%1“ kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete “%1”? Edit ▸ Undo brings it back.</source>
        <translation>„%1“ löschen? Mit Bearbeiten ▸ Rückgängig lässt sich der Datensatz wiederherstellen.</translation>
    </message>
    <message>
        <source>Deleting “%1” also deletes:

• %2

Edit ▸ Undo brings all of it back.</source>
        <translation>Zusammen mit „%1“ wird Folgendes gelöscht:

• %2

Mit Bearbeiten ▸ Rückgängig lässt sich alles wiederherstellen.</translation>
    </message>
    <message>
        <source>Record not deleted</source>
        <translation>Datensatz nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted “%1”. Edit ▸ Undo brings it back.</source>
        <translation>„%1“ wurde gelöscht. Mit Bearbeiten ▸ Rückgängig lässt sich der Datensatz wiederherstellen.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Assign to Cohort…</source>
        <translation>Kohorte zuweisen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>(no cohort)</source>
        <translation>(keine Kohorte)</translation>
    </message>
    <message>
        <source>Assign to Cohort</source>
        <translation>Kohorte zuweisen</translation>
    </message>
    <message>
        <source>Cohort for “%1”:</source>
        <translation>Kohorte für „%1“:</translation>
    </message>
    <message>
        <source>Cohort not changed</source>
        <translation>Kohorte nicht geändert</translation>
    </message>
    <message>
        <source>“%1” is no longer in a cohort.</source>
        <translation>„%1“ ist keiner Kohorte mehr zugeordnet.</translation>
    </message>
    <message>
        <source>“%1” is now in “%2”.</source>
        <translation>„%1“ ist jetzt in „%2“.</translation>
    </message>
    <message>
        <source>Type at least %1 letters per word to search %2 records.</source>
        <translation>Geben Sie mindestens %1 Buchstaben pro Wort ein, um %2 Datensätze zu durchsuchen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seller(s)</source>
        <translation>
            <numerusform>%Ln Händler</numerusform>
            <numerusform>%Ln Händler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln seller(s)</source>
        <translation>
            <numerusform>%1 von %Ln Händler</numerusform>
            <numerusform>%1 von %Ln Händlern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentor(s)</source>
        <translation>
            <numerusform>%Ln Mentor</numerusform>
            <numerusform>%Ln Mentoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln mentor(s)</source>
        <translation>
            <numerusform>%1 von %Ln Mentor</numerusform>
            <numerusform>%1 von %Ln Mentoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cohort(s)</source>
        <translation>
            <numerusform>%Ln Kohorte</numerusform>
            <numerusform>%Ln Kohorten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln cohort(s)</source>
        <translation>
            <numerusform>%1 von %Ln Kohorte</numerusform>
            <numerusform>%1 von %Ln Kohorten</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every record again</source>
        <translation>Wieder alle Datensätze anzeigen</translation>
    </message>
    <message>
        <source>Sellers behind: %1 (%2)</source>
        <translation>Händler zu: %1 (%2)</translation>
    </message>
    <message>
        <source>Records behind: %1 (%2)</source>
        <translation>Datensätze zu: %1 (%2)</translation>
    </message>
    <message>
        <source>Remove the filter “%1”</source>
        <translation>Filter „%1“ entfernen</translation>
    </message>
</context>
</TS>
