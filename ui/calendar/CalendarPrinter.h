// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QPagedPaintDevice;

namespace mentordesk {

class CalendarWorkspace;

/// Prints what the Calendar shows, on any paged device (a printer, the print preview, a PDF):
/// a heading with the period and the filter, then the week agenda or the month grid scaled to
/// the page with the legend under it, or the list as a table over as many pages as it takes.
class CalendarPrinter {
    Q_DECLARE_TR_FUNCTIONS(CalendarPrinter)
public:
    /// The list prints at most this many rows; the last page says how many were left out.
    static constexpr int kMaximumListRows = 5000;

    /// Returns the number of pages printed (0 when the device could not be painted on).
    static int print(const CalendarWorkspace& workspace, QPagedPaintDevice* device);
};

} // namespace mentordesk
