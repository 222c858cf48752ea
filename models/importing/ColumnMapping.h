// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportField.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace mentordesk {

class ImportRowValidator;

/// Which column of a file fills which import field of an ImportKind: field key → 0-based column.
///
/// A column fills at most one field: mapping a column that another field already uses is refused
/// rather than silently moved, because a column feeding two fields is always a mistake (the same
/// rule as KMyMoney's CSV importer), and quietly taking it from the other field would lose a choice
/// the user made. A field mapped again simply moves to the new column.
///
/// The wizard's column page, the headless command and mapping profiles (MappingProfile) share this
/// type, so that all three print, check and apply a mapping alike.
class ColumnMapping {
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
public:
    /// A mapping for a file whose header row names its columns `headerNames`; nothing is mapped.
    /// An empty name stands for a column without one (a file without a header row).
    explicit ColumnMapping(ImportKind kind = ImportKind::SellerProfiles, QStringList headerNames = {});
    /// A mapping for a file without a header row and `columnCount` columns.
    static ColumnMapping withoutHeader(ImportKind kind, int columnCount);

    /// Maps header names to fields: first every header that is a field's key or title (English, or
    /// as translated), then every header that is one of its headerSynonyms. Names are compared
    /// without case, spaces, punctuation or accents, umlauts folded ("Händler-ID" = "haendler id"),
    /// and a bracketed unit is tried without it ("Umsatz (€)" = "Umsatz"). Each column is used
    /// once; among several headers fitting a field, the earlier synonym wins, then the earlier
    /// column. The result depends on nothing but the arguments (and the loaded translation).
    static ColumnMapping autoMap(ImportKind kind, const QStringList& headerNames);

    /// The form header names and field names are compared in; see autoMap().
    static QString normalisedHeader(QStringView text);

    ImportKind kind() const { return m_kind; }
    const QStringList& headerNames() const { return m_headerNames; }
    int columnCount() const { return int(m_headerNames.size()); }
    /// "“Merchant ID”" for a named column, "3" for the third column of a file without header row;
    /// how messages name a column.
    QString columnLabel(int column) const;

    /// Maps `column` (0-based) to `fieldKey`; -1 unmaps the field. Returns false, changes nothing
    /// and says why in `reason` for an unknown field, a column the file does not have, or a column
    /// another field already uses.
    bool map(QStringView fieldKey, int column, QString* reason = nullptr);
    void unmap(QStringView fieldKey) { m_columns.remove(fieldKey.toString()); }
    void clear() { m_columns.clear(); }

    /// The column mapped to `fieldKey`, or -1.
    int column(QStringView fieldKey) const { return m_columns.value(fieldKey.toString(), -1); }
    /// The key of the field `column` fills, or an empty string.
    QString fieldAt(int column) const;
    /// Field key → column, for every mapped field.
    const QHash<QString, int>& columns() const { return m_columns; }
    bool isEmpty() const { return m_columns.isEmpty(); }

    /// Keys of the required fields no column fills, in field order. A metrics file may still do
    /// without its snapshot date when the user gives an export date; ImportRowValidator knows that.
    QStringList unmappedRequired() const;
    /// The columns no field uses, in file order: what the import will leave out.
    QList<int> unmappedColumns() const;

    /// One line per mapped column, in file order: "Column “Merchant ID” → Seller ID" (or
    /// "Column 3 → Seller ID" without a header row), for the headless command to print.
    QStringList describe() const;

    /// Makes `validator` (of the same kind and as many columns) use this mapping, replacing what it
    /// had. Returns false with the reason when it does not fit.
    bool applyTo(ImportRowValidator* validator, QString* error = nullptr) const;

    friend bool operator==(const ColumnMapping& a, const ColumnMapping& b)
    {
        return a.m_kind == b.m_kind && a.m_headerNames == b.m_headerNames && a.m_columns == b.m_columns;
    }
    friend bool operator!=(const ColumnMapping& a, const ColumnMapping& b) { return !(a == b); }

private:
    ImportKind m_kind;
    QStringList m_headerNames;
    QHash<QString, int> m_columns;
};

} // namespace mentordesk
