<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>MentorDesk — the desk for marketplace seller-mentorship programs.

Subcommands (run without a window):
  generate   build a marketplace-scale program file for benchmarks (see &apos;mentordesk generate --help&apos;)</source>
        <translation>MentorDesk — die Arbeitsumgebung für Mentoring-Programme für Marktplatz-Händler.

Unterbefehle (laufen ohne Fenster):
  generate   erzeugt eine Programmdatei im Marktplatzmaßstab für Benchmarks (siehe &apos;mentordesk generate --help&apos;)</translation>
    </message>
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
        <source>Show workspace &lt;n&gt; first (0 sellers, 1 mentors, 2 cohorts).</source>
        <translation>Zeigt zuerst Arbeitsbereich &lt;n&gt; an (0 Händler, 1 Mentoren, 2 Kohorten).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Optional subcommand: generate.</source>
        <translation>Optionaler Unterbefehl: generate.</translation>
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
        <source>“%1” is not a calendar date; use the form 2026-03-31.</source>
        <translation>„%1“ ist kein gültiges Datum; verwenden Sie die Form 2026-03-31.</translation>
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
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>mentordesk generate: --%1 needs a whole number of at least %2, not &apos;%3&apos;.</source>
        <translation>mentordesk generate: --%1 erwartet eine ganze Zahl von mindestens %2, nicht &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Builds a marketplace-scale program file for benchmarks: sellers with metric snapshots, mentors, pairings and touchpoints.</source>
        <translation>Erzeugt eine Programmdatei im Marktplatzmaßstab für Benchmarks: Händler mit Kennzahlen-Snapshots, Mentoren, Tandems und Kontaktpunkte.</translation>
    </message>
    <message>
        <source>The new program file to write (must not exist).</source>
        <translation>Die neu zu schreibende Programmdatei (darf noch nicht existieren).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
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
        <source>The subcommand.</source>
        <translation>Der Unterbefehl.</translation>
    </message>
    <message>
        <source>mentordesk generate: unexpected argument &apos;%1&apos;.</source>
        <translation>mentordesk generate: unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>mentordesk generate: say where to write the program with --database FILE.</source>
        <translation>mentordesk generate: Geben Sie mit --database DATEI an, wohin das Programm geschrieben werden soll.</translation>
    </message>
    <message>
        <source>mentordesk generate: &apos;%1&apos; already exists; it is left alone. Choose a new file name.</source>
        <translation>mentordesk generate: &apos;%1&apos; existiert bereits und bleibt unverändert. Wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>mentordesk generate: %1</source>
        <translation>mentordesk generate: %1</translation>
    </message>
    <message>
        <source>mentordesk generate: %1 Nothing was written.</source>
        <translation>mentordesk generate: %1 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 sellers, %3 mentors, %4 touchpoints in %5 s.</source>
        <translation>%1 geschrieben: %2 Händler, %3 Mentoren, %4 Kontaktpunkte in %5 s.</translation>
    </message>
    <message>
        <source>mentordesk generate: %1 Run &apos;mentordesk generate --help&apos;.</source>
        <translation>mentordesk generate: %1 Siehe „mentordesk generate --help“.</translation>
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
</context>
<context>
    <name>mentordesk::FacetModel</name>
    <message>
        <source>All: %1</source>
        <translation>Alle: %1</translation>
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
</context>
<context>
    <name>mentordesk::MetricComparisonModel</name>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Listing quality</source>
        <translation>Angebotsqualität</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Retourenquote</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschn. Bestellwert</translation>
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
</context>
<context>
    <name>mentordesk::RecentPrograms</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
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
</context>
</TS>
