// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewModel.h"

#include "importing/ImportField.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace mentordesk {

namespace {

// Light enough for black text on every style; the text colour is set with them so that a dark
// palette does not put light text on a light background.
const QColor kErrorBackground(255, 212, 212);
const QColor kAmbiguousBackground(255, 229, 160);
const QColor kProblemForeground(Qt::black);
const QColor kGreyedForeground(Qt::gray);

QString fieldTitle(ImportKind kind, const QString& key)
{
    const int index = ImportField::indexOf(kind, key);
    return index < 0 ? key : ImportField::fields(kind).at(index).translatedTitle();
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPreview(const QStringList& columnNames, const QList<QStringList>& rows,
                                    const QList<qint64>& lines)
{
    beginResetModel();
    m_columnNames = columnNames;
    m_rows.clear();
    m_rows.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        Row row;
        row.line = lines.value(i, i + 1);
        row.cells = rows.at(i);
        m_rows.append(row);
    }
    m_previewRowCount = int(m_rows.size());
    m_mapping = ColumnMapping();
    m_hasMapping = false;
    m_droppedRows = 0;
    rebuildLineIndex();
    endResetModel();
}

void ImportPreviewModel::setMapping(const ColumnMapping& mapping)
{
    m_mapping = mapping;
    m_hasMapping = true;
    if (!m_columnNames.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void ImportPreviewModel::clearMapping()
{
    m_mapping = ColumnMapping();
    m_hasMapping = false;
    if (!m_columnNames.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void ImportPreviewModel::setImportedRows(qint64 firstRow, qint64 lastRow)
{
    if (firstRow == m_firstRow && lastRow == m_lastRow)
        return;
    m_firstRow = std::max<qint64>(1, firstRow);
    m_lastRow = lastRow;
    if (m_previewRowCount > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_previewRowCount - 1, columnCount() - 1),
                           {Qt::ForegroundRole, Qt::ToolTipRole});
}

void ImportPreviewModel::setProblems(const QList<ImportProblem>& problems)
{
    clearProblems();
    QHash<qint64, QList<ImportProblem>> byLine;
    for (const ImportProblem& problem : problems)
        byLine[problem.line].append(problem);
    for (auto it = byLine.cbegin(); it != byLine.cend(); ++it) {
        const int row = m_rowOfLine.value(it.key(), -1);
        if (row >= 0)
            addProblemsTo(&m_rows[row], it.value());
    }
    if (!m_rows.isEmpty() && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ImportPreviewModel::addRejectedRows(const QList<RejectedRow>& rows)
{
    QList<Row> appended;
    for (const RejectedRow& rejected : rows) {
        const int existing = m_rowOfLine.value(rejected.line, -1);
        if (existing >= 0) {
            addProblemsTo(&m_rows[existing], rejected.problems);
            continue;
        }
        const int appendedSoFar = int(m_rows.size()) - m_previewRowCount + int(appended.size());
        if (appendedSoFar >= kMaximumRejectedRows) {
            ++m_droppedRows;
            continue;
        }
        Row row;
        row.line = rejected.line;
        row.cells = rejected.cells;
        row.appended = true;
        addProblemsTo(&row, rejected.problems);
        appended.append(row);
    }
    if (m_previewRowCount > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_previewRowCount - 1, columnCount() - 1));
    if (appended.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(appended.size()) - 1);
    for (const Row& row : std::as_const(appended)) {
        m_rowOfLine.insert(row.line, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
}

void ImportPreviewModel::clearProblems()
{
    if (m_rows.size() > m_previewRowCount) {
        beginRemoveRows(QModelIndex(), m_previewRowCount, int(m_rows.size()) - 1);
        m_rows.erase(m_rows.begin() + m_previewRowCount, m_rows.end());
        rebuildLineIndex();
        endRemoveRows();
    }
    m_droppedRows = 0;
    bool hadProblems = false;
    for (Row& row : m_rows) {
        hadProblems = hadProblems || row.hasProblems();
        row.cellProblems.clear();
        row.rowProblems.clear();
    }
    if (hadProblems && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

qint64 ImportPreviewModel::lineAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).line : 0;
}

int ImportPreviewModel::rowOfLine(qint64 line) const
{
    return m_rowOfLine.value(line, -1);
}

bool ImportPreviewModel::rowHasProblems(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).hasProblems();
}

ImportPreviewModel::CellState ImportPreviewModel::cellState(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return CellState::Fine;
    const QList<ImportProblem> problems = problemsOf(m_rows.at(row), column);
    if (problems.isEmpty())
        return CellState::Fine;
    const bool allAmbiguous =
        std::all_of(problems.cbegin(), problems.cend(), [](const ImportProblem& problem) { return problem.ambiguous; });
    return allAmbiguous ? CellState::Ambiguous : CellState::Error;
}

int ImportPreviewModel::problemRowCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row& row) { return row.hasProblems(); }));
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columnNames.size());
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row.cells.value(index.column());
    case Qt::ToolTipRole: {
        const QList<ImportProblem> problems = problemsOf(row, index.column());
        if (!problems.isEmpty()) {
            QStringList reasons;
            for (const ImportProblem& problem : problems)
                reasons << problem.reason;
            reasons.removeDuplicates();
            return reasons.join(QLatin1Char('\n'));
        }
        if (!isImported(index.row()))
            return tr("This row is outside the rows to import.");
        return {};
    }
    case Qt::BackgroundRole:
        switch (cellState(index.row(), index.column())) {
        case CellState::Error:
            return kErrorBackground;
        case CellState::Ambiguous:
            return kAmbiguousBackground;
        case CellState::Fine:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        if (cellState(index.row(), index.column()) != CellState::Fine)
            return kProblemForeground;
        if (!isImported(index.row()))
            return kGreyedForeground;
        return {};
    case CellStateRole:
        return int(cellState(index.row(), index.column()));
    case RowHasProblemsRole:
        return row.hasProblems();
    case LineRole:
        return row.line;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const Row& row = m_rows.at(section);
        switch (role) {
        case Qt::DisplayRole:
            return row.line;
        case Qt::ToolTipRole:
            return row.rowProblems.isEmpty()
                       ? tr("Line %1 of the file").arg(row.line)
                       : tr("Line %1 of the file: %2").arg(row.line).arg(row.rowProblems.constFirst().reason);
        case Qt::ForegroundRole:
            return row.hasProblems() ? QVariant(QColor(Qt::darkRed)) : QVariant();
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_columnNames.size())
        return {};
    const QString name = m_columnNames.at(section);
    const QString fieldKey = m_hasMapping ? m_mapping.fieldAt(section) : QString();
    const bool unmapped = m_hasMapping && fieldKey.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (!m_hasMapping)
            return name;
        if (unmapped)
            return tr("%1\n(not imported)").arg(name);
        return tr("%1\n→ %2").arg(name, fieldTitle(m_mapping.kind(), fieldKey));
    case Qt::ToolTipRole:
        if (!m_hasMapping)
            return {};
        if (unmapped)
            return tr("Column “%1” is not imported.").arg(name);
        return tr("Column “%1” is imported as %2.").arg(name, fieldTitle(m_mapping.kind(), fieldKey));
    case Qt::FontRole:
        if (unmapped) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return unmapped ? QVariant(kGreyedForeground) : QVariant();
    default:
        return {};
    }
}

void ImportPreviewModel::addProblemsTo(Row* row, const QList<ImportProblem>& problems) const
{
    for (const ImportProblem& problem : problems) {
        if (problem.column < 0 || problem.column >= m_columnNames.size())
            row->rowProblems.append(problem);
        else
            row->cellProblems[problem.column].append(problem);
    }
}

QList<ImportProblem> ImportPreviewModel::problemsOf(const Row& row, int column) const
{
    return row.cellProblems.value(column) + row.rowProblems;
}

bool ImportPreviewModel::isImported(int row) const
{
    if (row >= m_previewRowCount)
        return true;
    const qint64 dataRow = row + 1;
    return dataRow >= m_firstRow && (m_lastRow <= 0 || dataRow <= m_lastRow);
}

void ImportPreviewModel::rebuildLineIndex()
{
    m_rowOfLine.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfLine.insert(m_rows.at(i).line, i);
}

} // namespace mentordesk
