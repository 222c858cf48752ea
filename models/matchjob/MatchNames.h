// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace mentordesk {

/// Finds the records a coordinator names on a command line: a cohort by its name (exactly, else
/// ignoring case when that names one cohort only), a seller by the marketplace's seller ID and a
/// mentor by the mentor's external ID.
class MatchNames {
public:
    explicit MatchNames(QSqlDatabase db);

    std::optional<qint64> cohort(const QString& name) const;
    /// Every cohort's name, sorted, for the message that lists them when a name is unknown.
    QStringList cohortNames() const;
    std::optional<qint64> seller(const QString& externalId) const;
    std::optional<qint64> mentor(const QString& externalId) const;

private:
    std::optional<qint64> idOf(const QString& sql, const QString& value) const;

    QSqlDatabase m_db;
};

} // namespace mentordesk
