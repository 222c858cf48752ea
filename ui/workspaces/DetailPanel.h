// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TableSpec.h"

#include <QSqlDatabase>
#include <QWidget>

class QAbstractItemModel;
class QFormLayout;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableView;

namespace mentordesk {

class AuditTableModel;
class MetricComparisonModel;
class PagedTableModel;
class PairingTableModel;

/// The selected record in full: profile, baseline and latest metrics, current and past
/// pairings, cohort members and the record's audit history.
class DetailPanel : public QWidget {
    Q_OBJECT
public:
    DetailPanel(const TableSpec& spec, QWidget* parent = nullptr);

    void setDatabase(QSqlDatabase db);
    /// Shows row `row` of `model`, or nothing when `row` is negative.
    void showRow(const PagedTableModel* model, int row);
    qint64 recordId() const { return m_recordId; }

    AuditTableModel* auditModel() const { return m_auditModel; }

private:
    QTableView* makeTable(QAbstractItemModel* model);

    const TableSpec& m_spec;
    QSqlDatabase m_db;
    qint64 m_recordId = 0;
    QLabel* m_title;
    QTabWidget* m_tabs;
    QFormLayout* m_profileForm;
    QVector<QLabel*> m_profileValues;
    MetricComparisonModel* m_metricModel = nullptr;
    PairingTableModel* m_pairingModel = nullptr;
    QListWidget* m_members = nullptr;
    AuditTableModel* m_auditModel;
};

} // namespace mentordesk
