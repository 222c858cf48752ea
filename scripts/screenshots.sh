#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's screenshots from the real application on the demo program, at the
# 1366×768 size the app must fit, under a virtual X server.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
app="$build/app/mentordesk"
out=docs/images
mkdir -p "$out"

# A private settings folder, so screenshots never depend on (or change) the developer's own.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"

shoot() { # workspace-index file
    xvfb-run -a -s '-screen 0 1366x768x24' "$app" --demo --workspace "$1" --screenshot "$out/$2"
    echo "wrote $out/$2"
}
shoot 0 sellers.png
shoot 1 mentors.png
shoot 2 cohorts.png
shoot 3 calendar.png
shoot 4 attention.png
shoot 5 resources.png
shoot 6 dashboards.png

# The dashboards' tabs and charts drawn from the hand-made figures of tests/AnalyticsTestSupport.h
# (the demo's figures come with the analytics engine).
MENTORDESK_SCREENSHOT_DIR="$PWD/$out" QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1366x768x24' \
    "$build/tests/test_dashboardsworkspace" fitsTheSmallestScreenWithSampleFigures >/dev/null
MENTORDESK_SCREENSHOT_DIR="$PWD/$out" QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1366x768x24' \
    "$build/tests/test_dashboardcharts" rampTimeDrawsStepCurvesBandsAndMedians adherenceHasABarAndAWhiskerPerCohort >/dev/null
echo "wrote $out/dashboards-0.png … $out/dashboards-6.png $out/dashboard-ramp.png $out/dashboard-adherence.png"

# The import wizard's mapping, validation and summary pages, as its test drives them
# (tests/test_importwizard.cpp saves them when MENTORDESK_SCREENSHOT_DIR is set).
MENTORDESK_SCREENSHOT_DIR="$PWD/$out" QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1366x768x24' \
    "$build/tests/test_importwizard" importsAFileEndToEnd >/dev/null
echo "wrote $out/import-mapping.png $out/import-validation.png $out/import-summary.png"

# The matching wizard's pages on the demo program, as its test drives them
# (tests/test_matchwizard.cpp saves them when MENTORDESK_SCREENSHOT_DIR is set).
MENTORDESK_SCREENSHOT_DIR="$PWD/$out" QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1366x768x24' \
    "$build/tests/test_matchwizard" rulesCountLiveAndAreRemembered escapeCancelsARunningMatch \
    reviewPinsForbidsResolvesAndCommitsUndoably >/dev/null
echo "wrote $out/match-1-selection.png … $out/match-5-commit.png"

# The Calendar's month grid ("+N more"), the week agenda in a dark palette, the edit dialog and
# the detail panel, as its test drives them (tests/test_calendarworkspace.cpp).
MENTORDESK_SCREENSHOT_DIR="$PWD/$out" QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1366x768x24' \
    "$build/tests/test_calendarworkspace" monthGridSaysHowManyMore editDialogReturnsWhatWasEntered >/dev/null
echo "wrote $out/calendar-month.png $out/calendar-week-dark.png $out/calendar-edit-dialog.png"
MENTORDESK_SCREENSHOT_DIR="$PWD/$out" QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1366x768x24' \
    "$build/tests/test_newtouchpointdialog" aCohortMeetsMonthlyOnItsDayUntilItsEnd >/dev/null
MENTORDESK_SCREENSHOT_DIR="$PWD/$out" QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1366x768x24' \
    "$build/tests/test_roundtableattendancedialog" showsWhatIsRecordedAndReturnsTheChoice >/dev/null
echo "wrote $out/calendar-new-roundtables.png $out/calendar-attendance.png"

# iCalendar export and import dialogs, the pairing's checklist and feedback, and the printed
# Calendar (rendered from the PDFs the printer test writes).
MENTORDESK_SCREENSHOT_DIR="$PWD/$out" QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1366x768x24' \
    "$build/tests/test_calendarexportdialog" acceptsAKnownScopeAndRange >/dev/null
MENTORDESK_SCREENSHOT_DIR="$PWD/$out" QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1366x768x24' \
    "$build/tests/test_calendarimportdialog" listsChangesAndUnplacedEvents >/dev/null
MENTORDESK_SCREENSHOT_DIR="$PWD/$out" QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1366x768x24' \
    "$build/tests/test_pairingchecklist" spaceTicksAndUndoTakesItBack >/dev/null
echo "wrote $out/calendar-export-dialog.png $out/calendar-import-dialog.png $out/pairing-checklist.png"
pdfs=$(mktemp -d)
MENTORDESK_SCREENSHOT_DIR="$pdfs" QT_QPA_PLATFORM=offscreen "$build/tests/test_calendarprinter" >/dev/null
pdftoppm -r 60 -png -f 1 -l 1 "$pdfs/calendar-0.pdf" "$pdfs/week" && mv "$pdfs"/week*.png "$out/calendar-print-week.png"
pdftoppm -r 60 -png -f 1 -l 1 "$pdfs/calendar-2.pdf" "$pdfs/list" && mv "$pdfs"/list*.png "$out/calendar-print-list.png"
rm -rf "$pdfs"
echo "wrote $out/calendar-print-week.png $out/calendar-print-list.png"
