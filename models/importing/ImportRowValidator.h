// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportField.h"
#include "ImportProblem.h"
#include "ValueConverter.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace mentordesk {

class CsvRecord;

/// Converts the cells of one import row and checks them against the domain rules of its kind:
/// required seller ID (and snapshot date for metrics), e-mail syntax, ranges (listing quality
/// 0–100, rates 0–1 after normalisation, counts ≥ 0, inventory complexity 1–5, weekly hours 0–80,
/// CSAT 1–5), real calendar dates, returned orders not above orders, and duplicates within the
/// file: the same seller ID twice in a seller file, the same seller and date twice in a metrics
/// file. Every problem names the file line, the column, the value and the reason, which is what
/// the error report and the preview show.
///
/// The validator remembers the keys it has seen, so rows must be validated in file order, once;
/// reset() starts a new pass. The first occurrence of a key is the one kept, even when that row is
/// rejected for another reason, so that which row wins never depends on how the other one was
/// written; its memory is one hash entry per row (roughly 100 bytes).
class ImportRowValidator {
    Q_DECLARE_TR_FUNCTIONS(ImportRowValidator)
public:
    /// One row, converted. `values` is aligned with ImportField::fields(kind()): null where the
    /// field is not mapped, the cell is empty, or its value was rejected.
    struct Row {
        qint64 line = 0;
        QVector<QVariant> values;
        QList<ImportProblem> problems;
        /// The row carries at least one metric (a seller import records those as a snapshot).
        bool hasMetrics = false;
        bool isValid() const { return problems.isEmpty(); }
    };

    /// `columnNames` name the columns of the file, as the header row does; see defaultColumnNames().
    ImportRowValidator(ImportKind kind, QStringList columnNames);

    /// "Column 1", "Column 2", ... for a file without a header row.
    static QStringList defaultColumnNames(int count);

    ImportKind kind() const { return m_kind; }
    const QVector<ImportField>& fields() const { return ImportField::fields(m_kind); }
    const QStringList& columnNames() const { return m_columnNames; }

    /// Maps the file's `column` (0-based; -1 unmaps) to the field `fieldKey`. Returns false, and
    /// changes nothing, for an unknown field, a column the file does not have, or a column that is
    /// already mapped to another field: one column cannot fill two fields.
    bool mapColumn(QStringView fieldKey, int column);
    /// The file column mapped to `fieldKey`, or -1.
    int mappedColumn(QStringView fieldKey) const;
    /// Keys of the required fields no column is mapped to; rows cannot be valid until it is empty.
    QStringList unmappedRequiredFields() const;

    /// The number style and date order the cells are read with.
    ValueConverter& converter() { return m_converter; }
    const ValueConverter& converter() const { return m_converter; }
    void setRateScale(QStringView fieldKey, RateScale scale);
    RateScale rateScale(QStringView fieldKey) const;
    /// The date of the snapshot when a row has none: the export date the user gives. Without it,
    /// a seller row with metrics but no snapshot date, and a metrics row without a date, are
    /// rejected.
    void setDefaultSnapshotDate(const QDate& date) { m_defaultSnapshotDate = date; }
    QDate defaultSnapshotDate() const { return m_defaultSnapshotDate; }

    /// Settles what is still Auto from a sample of the file's rows (the first few hundred): the
    /// number style from every numeric column, the date order from every date column, and each
    /// rate column's scale. What the user chose is left alone.
    void detectFormats(const QList<QStringList>& sampleRows);

    /// Converts and checks one row; returns row->isValid(). `row` is reused for speed.
    bool validate(qint64 line, const QStringList& cells, Row* row);
    bool validate(const CsvRecord& record, Row* row);

    /// Forgets the keys seen so far, for a new pass over the file.
    void reset() { m_firstLines.clear(); }
    /// Whether validate() looks for keys seen before (on by default). ImportEngine turns it off and
    /// finds repeated sellers in the program instead, so that its memory does not grow with the file.
    void setCheckDuplicates(bool check) { m_checkDuplicates = check; }
    bool checksDuplicates() const { return m_checkDuplicates; }

private:
    bool validateCells(qint64 line, const QStringView* cells, int cellCount, Row* row);
    void addProblem(Row* row, int column, QStringView value, const QString& reason, bool ambiguous = false) const;
    QString rangeProblem(const ImportField& field, double value) const;
    void checkDuplicate(Row* row, const QStringView* cells, int cellCount);

    ImportKind m_kind;
    QStringList m_columnNames;
    QVector<int> m_columns; ///< per field of fields(): its file column, or -1
    QVector<RateScale> m_rateScales;
    ValueConverter m_converter;
    QDate m_defaultSnapshotDate;
    int m_sellerIdField = -1;
    int m_snapshotDateField = -1;
    int m_ordersField = -1;
    int m_returnedOrdersField = -1;
    /// Key (seller ID, or seller ID and date for metrics) → line of its first occurrence.
    QHash<QString, qint64> m_firstLines;
    bool m_checkDuplicates = true;
};

} // namespace mentordesk
