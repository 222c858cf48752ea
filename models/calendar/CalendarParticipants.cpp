// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarParticipants.h"

#include "storage/RecordRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mentordesk {

QVector<ParticipantChoice> CalendarParticipants::load(QSqlDatabase db, QString* error)
{
    QVector<ParticipantChoice> choices;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT p.id, m.name, CASE WHEN s.shop_name <> '' THEN s.shop_name ELSE s.contact_name END, "
            "s.external_id, p.started_on FROM pairings p JOIN mentors m ON m.id = p.mentor_id JOIN sellers s ON "
            "s.id = p.mentee_id WHERE p.status IN ('trial', 'active') ORDER BY m.name COLLATE NOCASE, 3 COLLATE "
            "NOCASE, p.id"))) {
        *error = RecordRepository::explainDatabaseError(query.lastError().databaseText());
        return {};
    }
    while (query.next()) {
        ParticipantChoice choice;
        choice.pairingId = query.value(0).toLongLong();
        choice.label = tr("%1 – %2 (%3)", "mentor – mentee (seller ID)")
                           .arg(query.value(1).toString(), query.value(2).toString(), query.value(3).toString());
        choice.from = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        choices.push_back(choice);
    }
    if (!query.exec(QStringLiteral("SELECT id, name, start_date, end_date, roundtable_day FROM cohorts "
                                   "ORDER BY name COLLATE NOCASE"))) {
        *error = RecordRepository::explainDatabaseError(query.lastError().databaseText());
        return {};
    }
    while (query.next()) {
        ParticipantChoice choice;
        choice.cohortId = query.value(0).toLongLong();
        choice.label = tr("Cohort %1", "a cohort as the partner of a roundtable").arg(query.value(1).toString());
        choice.from = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        choice.until = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        choice.roundtableDay = query.value(4).toInt();
        choices.push_back(choice);
    }
    return choices;
}

} // namespace mentordesk
