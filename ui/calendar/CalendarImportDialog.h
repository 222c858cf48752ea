// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace mentordesk {

struct ICalendarImportPlan;

/// File ▸ Import Calendar…, once the file is read: what importing it would add and update, and
/// each event it cannot place with the reason, before anything is written. Import applies the
/// plan as one undoable step; with nothing to change there is only Close.
class CalendarImportDialog : public QDialog {
    Q_OBJECT
public:
    CalendarImportDialog(const ICalendarImportPlan& plan, const QString& fileName, QWidget* parent = nullptr);
};

} // namespace mentordesk
