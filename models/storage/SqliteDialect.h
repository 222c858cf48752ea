// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDialect.h"

namespace mentordesk {

class SqliteDialect final : public SqlDialect {
public:
    QStringList migrationStatements(int toVersion) const override;
    int latestSchemaVersion() const override;
    QString textSearchCondition(const QString& searchIndex, const QString& idExpression,
                                const QString& placeholder) const override;
    QString textSearchCount(const QString& searchIndex, const QString& placeholder) const override;
    int minimumIndexedSearchLength() const override { return 3; }
    QString textSearchParameter(const QString& userText) const override;
    QString caseInsensitiveLike(const QString& column, const QString& placeholder) const override;
    QString snapshotStatement(const QString& targetFile) const override;
};

} // namespace mentordesk
