// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRowValidator.h"

#include "domain/EmailAddress.h"
#include "domain/TimeOfDay.h"

#include "CsvRecord.h"

#include <QLocale>
#include <QVarLengthArray>

#include <cmath>

namespace mentordesk {

namespace {

QString formatNumber(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

ImportRowValidator::ImportRowValidator(ImportKind kind, QStringList columnNames)
    : m_kind(kind)
    , m_columnNames(std::move(columnNames))
    , m_columns(ImportField::fields(kind).size(), -1)
    , m_rateScales(ImportField::fields(kind).size(), RateScale::Auto)
    , m_sellerIdField(ImportField::indexOf(kind, FieldId::SellerExternalId))
    , m_snapshotDateField(ImportField::indexOf(kind, FieldId::SnapshotDate))
    , m_ordersField(ImportField::indexOf(kind, FieldId::SnapshotOrders))
    , m_returnedOrdersField(ImportField::indexOf(kind, FieldId::SnapshotReturnedOrders))
{
}

QStringList ImportRowValidator::defaultColumnNames(int count)
{
    QStringList names;
    names.reserve(count);
    for (int i = 1; i <= count; ++i)
        names << tr("Column %1").arg(i);
    return names;
}

bool ImportRowValidator::mapColumn(QStringView fieldKey, int column)
{
    const int field = ImportField::indexOf(m_kind, fieldKey);
    if (field < 0 || column < -1 || column >= m_columnNames.size())
        return false;
    if (column >= 0) {
        const int owner = int(m_columns.indexOf(column));
        if (owner >= 0 && owner != field)
            return false;
    }
    m_columns[field] = column;
    return true;
}

int ImportRowValidator::mappedColumn(QStringView fieldKey) const
{
    const int field = ImportField::indexOf(m_kind, fieldKey);
    return field < 0 ? -1 : m_columns.at(field);
}

QStringList ImportRowValidator::unmappedRequiredFields() const
{
    QStringList keys;
    for (int i = 0; i < fields().size(); ++i) {
        const bool coveredByDefault = i == m_snapshotDateField && m_defaultSnapshotDate.isValid();
        if (fields().at(i).required && m_columns.at(i) < 0 && !coveredByDefault)
            keys << fields().at(i).key;
    }
    return keys;
}

void ImportRowValidator::setRateScale(QStringView fieldKey, RateScale scale)
{
    const int field = ImportField::indexOf(m_kind, fieldKey);
    if (field >= 0)
        m_rateScales[field] = scale;
}

RateScale ImportRowValidator::rateScale(QStringView fieldKey) const
{
    const int field = ImportField::indexOf(m_kind, fieldKey);
    return field < 0 ? RateScale::Auto : m_rateScales.at(field);
}

void ImportRowValidator::detectFormats(const QList<QStringList>& sampleRows)
{
    auto columnSample = [&sampleRows](int column) {
        QStringList values;
        for (const QStringList& cells : sampleRows) {
            if (column < cells.size())
                values << cells.at(column);
        }
        return values;
    };
    QStringList numbers;
    QStringList dates;
    for (int i = 0; i < fields().size(); ++i) {
        if (m_columns.at(i) < 0)
            continue;
        switch (fields().at(i).type) {
        case ImportValueType::Integer:
        case ImportValueType::Real:
        case ImportValueType::Rate:
            numbers += columnSample(m_columns.at(i));
            break;
        case ImportValueType::Date:
            dates += columnSample(m_columns.at(i));
            break;
        default:
            break;
        }
    }
    if (m_converter.numberStyle() == NumberStyle::Auto)
        m_converter.setNumberStyle(ValueConverter::detectNumberStyle(numbers));
    if (m_converter.dateOrder() == DateOrder::Auto)
        m_converter.setDateOrder(ValueConverter::detectDateOrder(dates));
    for (int i = 0; i < fields().size(); ++i) {
        if (fields().at(i).type == ImportValueType::Rate && m_columns.at(i) >= 0 &&
            m_rateScales.at(i) == RateScale::Auto)
            m_rateScales[i] = ValueConverter::detectRateScale(columnSample(m_columns.at(i)), m_converter.numberStyle());
    }
}

bool ImportRowValidator::validate(qint64 line, const QStringList& cells, Row* row)
{
    QVarLengthArray<QStringView, 64> views;
    for (const QString& cell : cells)
        views.append(cell);
    return validateCells(line, views.constData(), int(views.size()), row);
}

bool ImportRowValidator::validate(const CsvRecord& record, Row* row)
{
    QVarLengthArray<QStringView, 64> views;
    for (int i = 0; i < record.fieldCount(); ++i)
        views.append(record.field(i));
    return validateCells(record.lineNumber(), views.constData(), int(views.size()), row);
}

void ImportRowValidator::addProblem(Row* row, int column, QStringView value, const QString& reason,
                                    bool ambiguous) const
{
    ImportProblem problem;
    problem.line = row->line;
    problem.column = column;
    if (column >= 0 && column < m_columnNames.size())
        problem.columnName = m_columnNames.at(column);
    problem.value = value.toString();
    problem.reason = reason;
    problem.ambiguous = ambiguous;
    row->problems.append(problem);
}

QString ImportRowValidator::rangeProblem(const ImportField& field, double value) const
{
    const bool belowMinimum = field.minimumExclusive ? value <= field.minimum : value < field.minimum;
    if (!belowMinimum && value <= field.maximum)
        return {};
    if (field.type == ImportValueType::Rate)
        return tr("%1 must be between 0 % and 100 % (0 and 1 as a share).").arg(field.translatedTitle());
    if (field.type == ImportValueType::TimeOfDay)
        return tr("%1 must be between %2 and %3.")
            .arg(field.translatedTitle(), TimeOfDay::format(int(field.minimum)), TimeOfDay::format(int(field.maximum)));
    if (std::isinf(field.maximum)) {
        return field.minimumExclusive
                   ? tr("%1 must be greater than %2.").arg(field.translatedTitle(), formatNumber(field.minimum))
                   : tr("%1 must be at least %2.").arg(field.translatedTitle(), formatNumber(field.minimum));
    }
    return tr("%1 must be between %2 and %3.")
        .arg(field.translatedTitle(), formatNumber(field.minimum), formatNumber(field.maximum));
}

bool ImportRowValidator::validateCells(qint64 line, const QStringView* cells, int cellCount, Row* row)
{
    const QVector<ImportField>& fieldList = fields();
    row->line = line;
    row->values.fill(QVariant(), fieldList.size());
    row->problems.clear();
    row->hasMetrics = false;

    if (cellCount != m_columnNames.size()) {
        // A ragged row has lost or gained a value somewhere, so no column can be trusted to hold
        // what its header says.
        addProblem(row, -1, {},
                   tr("The row has %n value(s), but the file has %1 columns; check its quotes and delimiters.", nullptr,
                      cellCount)
                       .arg(m_columnNames.size()));
    }

    for (int i = 0; i < fieldList.size(); ++i) {
        const ImportField& field = fieldList.at(i);
        const int column = m_columns.at(i);
        if (column < 0) {
            if (field.required && !(i == m_snapshotDateField && m_defaultSnapshotDate.isValid()))
                addProblem(row, -1, {}, tr("%1 is required; map a column to it.").arg(field.translatedTitle()));
            continue;
        }
        const QStringView cell = column < cellCount ? cells[column] : QStringView();
        if (cell.trimmed().isEmpty()) {
            if (field.required && !(i == m_snapshotDateField && m_defaultSnapshotDate.isValid()))
                addProblem(row, column, cell, tr("%1 is required.").arg(field.translatedTitle()));
            continue;
        }
        ValueConverter::Result result = m_converter.convert(cell, field, m_rateScales.at(i));
        if (!result.ok) {
            addProblem(row, column, cell, result.problem, result.ambiguous);
            continue;
        }
        if (field.type == ImportValueType::Email && !isValidEmail(result.value.toString())) {
            addProblem(
                row, column, cell,
                tr("“%1” is not a valid e-mail address; use the form name@example.com.").arg(result.value.toString()));
            continue;
        }
        if (field.type == ImportValueType::TimeOfDay && field.hasRange)
            result.value = qint64(TimeOfDay::midnightInRange(result.value.toInt(), field.minimum, field.maximum));
        if (field.hasRange) {
            const QString problem = rangeProblem(field, result.value.toDouble());
            if (!problem.isEmpty()) {
                addProblem(row, column, cell, problem);
                continue;
            }
        }
        row->values[i] = result.value;
        row->hasMetrics = row->hasMetrics || field.isMetric;
    }

    if (m_ordersField >= 0 && m_returnedOrdersField >= 0 && !row->values.at(m_ordersField).isNull() &&
        !row->values.at(m_returnedOrdersField).isNull() &&
        row->values.at(m_returnedOrdersField).toLongLong() > row->values.at(m_ordersField).toLongLong()) {
        const int column = m_columns.at(m_returnedOrdersField);
        addProblem(row, column, cells[column],
                   tr("Returned orders (%1) cannot be more than orders (%2).")
                       .arg(row->values.at(m_returnedOrdersField).toLongLong())
                       .arg(row->values.at(m_ordersField).toLongLong()));
    }

    if (m_snapshotDateField >= 0 && row->values.at(m_snapshotDateField).isNull()) {
        const int column = m_columns.at(m_snapshotDateField);
        const bool cellWasEmpty = column < 0 || column >= cellCount || cells[column].trimmed().isEmpty();
        const bool needsDate = m_kind == ImportKind::MetricSnapshots || row->hasMetrics;
        if (needsDate && cellWasEmpty && m_defaultSnapshotDate.isValid()) {
            row->values[m_snapshotDateField] = m_defaultSnapshotDate;
        } else if (m_kind == ImportKind::SellerProfiles && row->hasMetrics && cellWasEmpty) {
            addProblem(row, column, {},
                       tr("The row has metrics but no date for them; map a date column or give the export date."));
        }
    }

    if (m_checkDuplicates)
        checkDuplicate(row, cells, cellCount);
    return row->isValid();
}

void ImportRowValidator::checkDuplicate(Row* row, const QStringView* cells, int cellCount)
{
    // A mentor file has no seller ID; MentorImport finds repeated mentors itself.
    if (m_sellerIdField < 0)
        return;
    const QVariant& sellerId = row->values.at(m_sellerIdField);
    if (sellerId.isNull())
        return;
    const int column = m_columns.at(m_sellerIdField);
    const QStringView cell = column < cellCount ? cells[column] : QStringView();
    if (m_kind == ImportKind::SellerProfiles) {
        const auto first = m_firstLines.constFind(sellerId.toString());
        if (first == m_firstLines.constEnd()) {
            m_firstLines.insert(sellerId.toString(), row->line);
            return;
        }
        addProblem(row, column, cell,
                   tr("Seller ID “%1” appears again; line %2 has it already.").arg(sellerId.toString()).arg(*first));
        return;
    }
    const QVariant& date = row->values.at(m_snapshotDateField);
    if (date.isNull())
        return;
    const QString isoDate = date.toDate().toString(Qt::ISODate);
    // The date has a fixed length, so putting it first keeps the keys of different pairs apart.
    const QString key = isoDate + sellerId.toString();
    const auto first = m_firstLines.constFind(key);
    if (first == m_firstLines.constEnd()) {
        m_firstLines.insert(key, row->line);
        return;
    }
    addProblem(row, column, cell,
               tr("Seller “%1” has a second snapshot for %2; line %3 has the first.")
                   .arg(sellerId.toString(), isoDate)
                   .arg(*first));
}

} // namespace mentordesk
