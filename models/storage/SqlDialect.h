// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace mentordesk {

/// Everything that differs between the SQL engines MentorDesk runs on lives behind this
/// interface, so repositories and models never branch on the driver name.
class SqlDialect {
public:
    virtual ~SqlDialect() = default;

    /// Statements that bring a schema from version `toVersion - 1` to `toVersion`. Versions start at 1.
    virtual QStringList migrationStatements(int toVersion) const = 0;
    virtual int latestSchemaVersion() const = 0;

    /// A boolean SQL condition that is true when the row of `table` with id `idExpression`
    /// contains `placeholder`'s text; used for the search-as-you-type box.
    virtual QString textSearchCondition(const QString& searchIndex, const QString& idExpression,
                                        const QString& placeholder) const = 0;
    /// A query counting the records whose search-index entry matches `placeholder`.
    virtual QString textSearchCount(const QString& searchIndex, const QString& placeholder) const = 0;
    /// Shortest search text the full-text index can serve; shorter texts fall back to LIKE.
    virtual int minimumIndexedSearchLength() const = 0;
    /// A condition true when `column` contains the LIKE pattern bound to `placeholder`,
    /// ignoring case for every alphabet ('\\' escapes % and _).
    virtual QString caseInsensitiveLike(const QString& column, const QString& placeholder) const = 0;
    /// Turns the user's text into the parameter bound for textSearchCondition.
    virtual QString textSearchParameter(const QString& userText) const = 0;

    /// Snapshot of the whole database into a new file, taken before a migration.
    virtual QString snapshotStatement(const QString& targetFile) const = 0;
};

} // namespace mentordesk
