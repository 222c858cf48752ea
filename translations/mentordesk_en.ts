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
