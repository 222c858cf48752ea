// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace mentordesk {

/// Finds a cohort by the name a coordinator types on a command line: exactly, else ignoring case
/// when that names one cohort only.
class CohortNames {
public:
    explicit CohortNames(QSqlDatabase db);

    std::optional<qint64> find(const QString& name) const;
    /// Every cohort's name, sorted, for the message that lists them when a name is unknown.
    QStringList all() const;

private:
    QSqlDatabase m_db;
};

} // namespace mentordesk
