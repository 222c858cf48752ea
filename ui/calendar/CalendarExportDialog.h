// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/ICalendarExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace mentordesk {

/// File ▸ Export Calendar…: whose touchpoints (the program, a mentor, a mentee or a cohort, named
/// with a completer), which days, and in which zone. It only collects the request; it is not
/// accepted while the request names someone the program does not have or a range that ends
/// before it starts (the reason is shown in the dialog).
class CalendarExportDialog : public QDialog {
    Q_OBJECT
public:
    CalendarExportDialog(QSqlDatabase db, const QTimeZone& programZone, QWidget* parent = nullptr);

    ICalendarExportRequest request() const;
    void accept() override;

    /// How many names the completer offers at most.
    static constexpr int kSuggestionLimit = 50;

private:
    /// Places the widgets and connects them.
    void layOut();
    void scopeChanged();
    void suggest(const QString& prefix);

    ICalendarExport m_exporter;
    QComboBox* m_scope;
    QLineEdit* m_name;
    QStringListModel* m_suggestions;
    QCheckBox* m_limitRange;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_zone;
    QLabel* m_problem;
};

} // namespace mentordesk
