// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TableSpec.h"

#include <QDialog>
#include <QVariantMap>

class QLabel;

namespace mentordesk {

class RecordRepository;

/// Asks for the essential fields of a new record, checks them with the field rules and looks
/// for duplicates (the same seller ID or cohort name refuses; the same e-mail asks first).
class AddRecordDialog : public QDialog {
    Q_OBJECT
public:
    AddRecordDialog(const TableSpec& spec, const RecordRepository& records, QWidget* parent = nullptr);

    QVariantMap values() const { return m_values; }
    /// The editor of field `key`, for tests.
    QWidget* editor(const QString& key) const;

    void accept() override;

private:
    const TableSpec& m_spec;
    const RecordRepository& m_records;
    QVector<QPair<int, QWidget*>> m_editors; // field index, editor
    QLabel* m_problem;
    QVariantMap m_values;
};

} // namespace mentordesk
