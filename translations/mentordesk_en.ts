<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>mentordesk::WorkspaceView</name>
    <message numerus="yes">
        <source>%n seller(s)</source>
        <translation>
            <numerusform>%n seller</numerusform>
            <numerusform>%n sellers</numerusform>
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
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n cohort</numerusform>
            <numerusform>%n cohorts</numerusform>
        </translation>
    </message>
</context>
</TS>
