// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/ColumnMapping.h"
#include "importing/ImportProblem.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace mentordesk {

/// The import wizard's preview of a file: the first records under the file's column names, the
/// file line of each record in the vertical header, the field each column is mapped to in the
/// horizontal header, and the problems of the last validation on the cells they concern.
///
/// Rows the validation rejected further down the file can be appended (up to
/// kMaximumRejectedRows), so that "only rows with problems" shows the whole file's problems, not
/// just those among the first records.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        /// CellState of the cell.
        CellStateRole = Qt::UserRole + 1,
        /// Whether any cell of the row, or the row as a whole, has a problem (any column).
        RowHasProblemsRole,
        /// The 1-based file line the record starts on (any column).
        LineRole,
    };
    enum class CellState { Fine, Ambiguous, Error };

    /// A rejected row of the file: what ImportProblemSink::rowRejected() receives.
    struct RejectedRow {
        qint64 line = 0;
        QStringList cells;
        QList<ImportProblem> problems;
    };

    static constexpr int kMaximumRejectedRows = 5000;

    explicit ImportPreviewModel(QObject* parent = nullptr);

    /// Shows `rows`, the records starting on `lines`, under `columnNames`; drops problems, rejected
    /// rows and the mapping.
    void setPreview(const QStringList& columnNames, const QList<QStringList>& rows, const QList<qint64>& lines);
    /// Names each column's target field in the header; a mapping of other columns is ignored.
    void setMapping(const ColumnMapping& mapping);
    void clearMapping();
    /// The data rows (1-based, as ImportOptions counts them) that will be imported; the others are
    /// shown greyed out. `lastRow` 0 means to the end.
    void setImportedRows(qint64 firstRow, qint64 lastRow);

    /// Replaces the problems of the preview's rows; problems of lines it does not show are ignored.
    void setProblems(const QList<ImportProblem>& problems);
    /// Adds the problems of rejected rows: to the row already shown for the same line, else as a
    /// new row after the others, up to kMaximumRejectedRows new rows.
    void addRejectedRows(const QList<RejectedRow>& rows);
    /// Drops all problems and the rows addRejectedRows() appended.
    void clearProblems();

    qint64 lineAt(int row) const;
    /// The row showing `line`, or -1.
    int rowOfLine(qint64 line) const;
    bool rowHasProblems(int row) const;
    CellState cellState(int row, int column) const;
    /// Rows with at least one problem.
    int problemRowCount() const;
    /// Rejected rows that addRejectedRows() could not add because of the cap.
    qint64 droppedRejectedRows() const { return m_droppedRows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        qint64 line = 0;
        QStringList cells;
        /// Problems of single cells, by column.
        QHash<int, QList<ImportProblem>> cellProblems;
        QList<ImportProblem> rowProblems;
        bool appended = false;
        bool hasProblems() const { return !cellProblems.isEmpty() || !rowProblems.isEmpty(); }
    };

    void addProblemsTo(Row* row, const QList<ImportProblem>& problems) const;
    QList<ImportProblem> problemsOf(const Row& row, int column) const;
    bool isImported(int row) const;
    void rebuildLineIndex();

    QStringList m_columnNames;
    QList<Row> m_rows;
    int m_previewRowCount = 0;
    QHash<qint64, int> m_rowOfLine;
    ColumnMapping m_mapping;
    bool m_hasMapping = false;
    qint64 m_firstRow = 1;
    qint64 m_lastRow = 0;
    qint64 m_droppedRows = 0;
};

} // namespace mentordesk
