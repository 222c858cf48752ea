// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ColumnMapping.h"
#include "ImportField.h"
#include "ValueConverter.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mentordesk {

/// A saved column mapping with the file format it was made for: what the wizard stores as a named
/// profile and what `mentordesk import --mapping FILE.json` reads. The format is documented in
/// docs/import-mapping.md:
///
///     {"version": 1, "kind": "sellers", "name": "Back office weekly",
///      "columns": {"external_id": "Merchant ID", "revenue": "Umsatz (€)", "orders": 5},
///      "delimiter": ";", "encoding": "windows-1252", "numberStyle": "comma",
///      "dateOrder": "dayMonth", "hasHeader": true}
///
/// Columns are kept by header name, not position, because exports gain and reorder columns; the
/// names are resolved against each file's header row when it is imported (resolve()). A number
/// names a column by its 1-based position, as the program shows columns of a file without header
/// row ("Column 3"). The format settings are optional: what a profile leaves out is detected.
class MappingProfile {
    Q_DECLARE_TR_FUNCTIONS(MappingProfile)
public:
    static constexpr int kFormatVersion = 1;

    /// Where a field's values come from: a header name, or else a 0-based column.
    struct ColumnRef {
        QString header;
        int column = -1;
        friend bool operator==(const ColumnRef& a, const ColumnRef& b)
        {
            return a.header == b.header && a.column == b.column;
        }
    };

    ImportKind kind = ImportKind::SellerProfiles;
    QString name;                     ///< Shown to the user; optional in the file.
    QMap<QString, ColumnRef> columns; ///< Field key → column; ordered for a stable file.
    std::optional<QChar> delimiter;
    QString encoding; ///< A canonical TextEncoding name; empty to detect.
    NumberStyle numberStyle = NumberStyle::Auto;
    DateOrder dateOrder = DateOrder::Auto;
    std::optional<bool> hasHeader;

    /// A profile of `mapping`: by header name where the column has one, by position otherwise.
    static MappingProfile fromMapping(const ColumnMapping& mapping);

    /// The mapping for a file with the header row `headerNames` (empty names for a file without
    /// one). Returns false and explains, one problem per line, when a named column is not in the
    /// file or is there twice, a position is beyond its last column, or two fields name one column.
    bool resolve(const QStringList& headerNames, ColumnMapping* mapping, QString* error) const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    /// Reads a profile; an unsupported version, an unknown kind, field key or setting, or a value of
    /// the wrong type is an error (misspelt settings would otherwise be silently detected instead).
    static std::optional<MappingProfile> fromJson(const QJsonObject& object, QString* error);
    static std::optional<MappingProfile> fromJsonBytes(const QByteArray& json, QString* error);

    /// "sellers" or "metrics", as the file and the import command name the kinds.
    static QString kindName(ImportKind kind);

    friend bool operator==(const MappingProfile& a, const MappingProfile& b)
    {
        return a.kind == b.kind && a.name == b.name && a.columns == b.columns && a.delimiter == b.delimiter &&
               a.encoding == b.encoding && a.numberStyle == b.numberStyle && a.dateOrder == b.dateOrder &&
               a.hasHeader == b.hasHeader;
    }
    friend bool operator!=(const MappingProfile& a, const MappingProfile& b) { return !(a == b); }
};

} // namespace mentordesk
