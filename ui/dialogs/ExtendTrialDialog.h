// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;

namespace mentordesk {

/// Asks for the new end of a pairing's trial: by default two weeks after its current end (or
/// after today, when that has passed); never on or before the current end, nor in the past.
class ExtendTrialDialog : public QDialog {
    Q_OBJECT
public:
    /// How much longer a trial runs when the coordinator takes the suggestion.
    static constexpr int kDefaultExtensionDays = 14;

    ExtendTrialDialog(const QString& counterpart, const QDate& currentEnd, QWidget* parent = nullptr);

    QDate newEnd() const;
    QDateEdit* dateEdit() const { return m_date; }

private:
    QDateEdit* m_date;
};

} // namespace mentordesk
