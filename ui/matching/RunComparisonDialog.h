// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matchjob/MatchRunRepository.h"

#include <QDialog>

class QTableWidget;

namespace mentordesk {

/// Who moved between the previous run and this one: each mentee whose mentor or score changed,
/// from which mentor to which, and by how many points.
class RunComparisonDialog : public QDialog {
    Q_OBJECT
public:
    /// `error` non-empty: the comparison could not be read and the dialog says so.
    RunComparisonDialog(const QVector<MatchRunDifference>& differences, const QString& error,
                        QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace mentordesk
