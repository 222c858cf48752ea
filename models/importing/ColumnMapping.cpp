// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMapping.h"

#include "ImportRowValidator.h"
#include "ValueConverter.h"

#include <QSet>

#include <algorithm>

namespace mentordesk {

namespace {

/// A header without its bracketed parts: "Umsatz (€)" → "Umsatz ", "Return rate [%]" → "Return rate ".
QString withoutBrackets(QStringView text)
{
    QString result;
    result.reserve(text.size());
    int depth = 0;
    for (QChar c : text) {
        if (c == u'(' || c == u'[' || c == u'{')
            ++depth;
        else if (c == u')' || c == u']' || c == u'}')
            depth = std::max(0, depth - 1);
        else if (depth == 0)
            result += c;
    }
    return result;
}

/// The names of one field in normalised form: its key and titles, and its synonyms in order.
struct FieldNames {
    QSet<QString> exact;
    QStringList synonyms;
};

QVector<FieldNames> fieldNames(ImportKind kind)
{
    const QVector<ImportField>& fields = ImportField::fields(kind);
    QVector<FieldNames> result(fields.size());
    for (int i = 0; i < fields.size(); ++i) {
        const ImportField& field = fields.at(i);
        result[i].exact << ColumnMapping::normalisedHeader(field.key)
                        << ColumnMapping::normalisedHeader(QString::fromUtf8(field.title))
                        << ColumnMapping::normalisedHeader(field.translatedTitle());
        result[i].exact.remove(QString());
        for (const QString& synonym : field.headerSynonyms) {
            const QString word = ColumnMapping::normalisedHeader(synonym);
            if (!word.isEmpty() && !result[i].synonyms.contains(word))
                result[i].synonyms << word;
        }
    }
    return result;
}

} // namespace

ColumnMapping::ColumnMapping(ImportKind kind, QStringList headerNames)
    : m_kind(kind)
    , m_headerNames(std::move(headerNames))
{
}

ColumnMapping ColumnMapping::withoutHeader(ImportKind kind, int columnCount)
{
    QStringList names;
    for (int i = 0; i < columnCount; ++i)
        names << QString();
    return ColumnMapping(kind, names);
}

QString ColumnMapping::normalisedHeader(QStringView text)
{
    // Umlauts are folded to their two-letter spelling before the accents go, because German files
    // write "Händler" and "Haendler" alike while "Handler" is another word; and a file saved on a
    // Mac may carry them decomposed, hence the composition first.
    QString folded = text.toString().normalized(QString::NormalizationForm_C);
    folded.replace(u'ä', QLatin1String("ae"))
        .replace(u'Ä', QLatin1String("ae"))
        .replace(u'ö', QLatin1String("oe"))
        .replace(u'Ö', QLatin1String("oe"))
        .replace(u'ü', QLatin1String("ue"))
        .replace(u'Ü', QLatin1String("ue"))
        // "%" carries meaning ("Returns" counts orders, "Returns %" is a rate), so it stays a word.
        .replace(u'%', QLatin1String(" percent "));
    return ValueConverter::normalisedWord(folded);
}

ColumnMapping ColumnMapping::autoMap(ImportKind kind, const QStringList& headerNames)
{
    ColumnMapping mapping(kind, headerNames);
    const QVector<ImportField>& fields = ImportField::fields(kind);
    const QVector<FieldNames> names = fieldNames(kind);

    // Two forms of each header, the whole of it first: a bracketed unit is the least telling part.
    QVector<QStringList> forms(2);
    for (const QString& header : headerNames) {
        const QString whole = normalisedHeader(header);
        const QString stripped = normalisedHeader(withoutBrackets(header));
        forms[0] << whole;
        forms[1] << (stripped == whole ? QString() : stripped);
    }
    QVector<bool> used(headerNames.size(), false);
    const auto take = [&](int field, int column) {
        mapping.m_columns.insert(fields.at(field).key, column);
        used[column] = true;
    };

    // Exact names first, for all fields, so that a header that is a field's own name is never
    // taken by another field's synonym.
    for (const QStringList& form : forms) {
        for (int field = 0; field < fields.size(); ++field) {
            if (mapping.m_columns.contains(fields.at(field).key))
                continue;
            for (int column = 0; column < form.size(); ++column) {
                if (!used.at(column) && !form.at(column).isEmpty() && names.at(field).exact.contains(form.at(column))) {
                    take(field, column);
                    break;
                }
            }
        }
    }
    for (const QStringList& form : forms) {
        for (int field = 0; field < fields.size(); ++field) {
            if (mapping.m_columns.contains(fields.at(field).key))
                continue;
            bool found = false;
            for (const QString& synonym : names.at(field).synonyms) {
                for (int column = 0; column < form.size() && !found; ++column) {
                    if (!used.at(column) && form.at(column) == synonym) {
                        take(field, column);
                        found = true;
                    }
                }
                if (found)
                    break;
            }
        }
    }
    return mapping;
}

QString ColumnMapping::columnLabel(int column) const
{
    const QString name = column >= 0 && column < m_headerNames.size() ? m_headerNames.at(column) : QString();
    if (name.isEmpty())
        return QString::number(column + 1);
    return tr("“%1”").arg(name);
}

bool ColumnMapping::map(QStringView fieldKey, int column, QString* reason)
{
    const int field = ImportField::indexOf(m_kind, fieldKey);
    if (field < 0) {
        if (reason)
            *reason = tr("There is no field “%1” in this kind of import.").arg(fieldKey);
        return false;
    }
    if (column < -1 || column >= columnCount()) {
        if (reason)
            *reason = tr("The file has no column %1.").arg(column + 1);
        return false;
    }
    if (column == -1) {
        unmap(fieldKey);
        return true;
    }
    const QString owner = fieldAt(column);
    if (!owner.isEmpty() && owner != fieldKey) {
        if (reason) {
            const ImportField& ownerField = ImportField::fields(m_kind).at(ImportField::indexOf(m_kind, owner));
            *reason = tr("Column %1 is already mapped to %2; a column can fill only one field.")
                          .arg(columnLabel(column), ownerField.translatedTitle());
        }
        return false;
    }
    m_columns.insert(fieldKey.toString(), column);
    return true;
}

QString ColumnMapping::fieldAt(int column) const
{
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (it.value() == column)
            return it.key();
    }
    return QString();
}

QStringList ColumnMapping::unmappedRequired() const
{
    QStringList keys;
    for (const ImportField& field : ImportField::fields(m_kind)) {
        if (field.required && !m_columns.contains(field.key))
            keys << field.key;
    }
    return keys;
}

QList<int> ColumnMapping::unmappedColumns() const
{
    QVector<bool> used(columnCount(), false);
    for (int column : m_columns)
        used[column] = true;
    QList<int> columns;
    for (int column = 0; column < columnCount(); ++column) {
        if (!used.at(column))
            columns << column;
    }
    return columns;
}

QStringList ColumnMapping::describe() const
{
    // In file order, because that is how the user reads the file and the command's output.
    QVector<QString> titles(columnCount());
    for (const ImportField& field : ImportField::fields(m_kind)) {
        const int column = m_columns.value(field.key, -1);
        if (column >= 0)
            titles[column] = field.translatedTitle();
    }
    QStringList lines;
    for (int column = 0; column < columnCount(); ++column) {
        if (!titles.at(column).isEmpty())
            lines << tr("Column %1 → %2").arg(columnLabel(column), titles.at(column));
    }
    return lines;
}

bool ColumnMapping::applyTo(ImportRowValidator* validator, QString* error) const
{
    if (validator->kind() != m_kind || validator->columnNames().size() != columnCount()) {
        if (error)
            *error = tr("The column mapping was made for another kind of file or another number of columns.");
        return false;
    }
    // Unmapping everything first, so that moving columns between fields never collides midway.
    for (const ImportField& field : validator->fields())
        validator->mapColumn(field.key, -1);
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        validator->mapColumn(it.key(), it.value());
    return true;
}

} // namespace mentordesk
