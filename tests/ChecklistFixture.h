// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small program for the checklist suites: two mentors, three sellers, pairing 1 (Ada with S1,
// a trial from 2026-03-01) with the default template's nine items, pairing 2 (Bo with S2,
// active since 2026-01-01) without a checklist, pairing 3 (Ada with S3, ended) with feedback.

#include "SqlTestSupport.h"

#include "checklists/ChecklistInstantiation.h"

namespace checklistfixture {

inline QString build(const QSqlDatabase& db)
{
    const QStringList statements = {
        QStringLiteral("INSERT INTO sellers(id, external_id, created_utc, updated_utc) VALUES (1, 'S1', '', ''), "
                       "(2, 'S2', '', ''), (3, 'S3', '', '')"),
        QStringLiteral("INSERT INTO mentors(id, name, created_utc, updated_utc) VALUES (1, 'Ada', '', ''), "
                       "(2, 'Bo', '', '')"),
        QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, ended_on, end_reason, "
                       "created_utc, updated_utc) VALUES (1, 1, 1, 'trial', '2026-03-01', NULL, NULL, '', ''), "
                       "(2, 2, 2, 'active', '2026-01-01', NULL, NULL, '', ''), "
                       "(3, 1, 3, 'ended', '2025-06-01', '2025-12-01', 'completed', '', '')"),
        QStringLiteral("INSERT INTO feedback(id, pairing_id, direction, rating, comment, given_on) VALUES "
                       "(1, 3, 'mentee_to_mentor', 4, 'Helpful', '2025-09-01'), "
                       "(2, 3, 'mentor_to_mentee', 2, 'Rarely prepared', '2025-09-02')"),
    };
    for (const QString& statement : statements) {
        const QString error = execSql(db, statement);
        if (!error.isEmpty())
            return error;
    }
    QString error;
    if (mentordesk::ChecklistInstantiation::instantiateDefault(db, 1, &error) != 9)
        return error.isEmpty() ? QStringLiteral("the default template did not give nine items") : error;
    return {};
}

} // namespace checklistfixture
