// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistInstantiation.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mentordesk {

int ChecklistInstantiation::instantiateDefault(QSqlDatabase db, qint64 pairingId, QString* error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO checklist_items(pairing_id, template_item_id, day_offset, title, due_date) "
                       "SELECT p.id, i.id, i.day_offset, i.title, date(p.started_on, '+' || i.day_offset || ' days') "
                       "FROM pairings p JOIN checklist_template_items i "
                       "ON i.template_id = (SELECT id FROM checklist_templates WHERE is_default = 1) "
                       "WHERE p.id = ? AND date(p.started_on) IS NOT NULL ORDER BY i.day_offset, i.position, i.id"));
    query.addBindValue(pairingId);
    if (!query.exec()) {
        *error = query.lastError().databaseText();
        return -1;
    }
    // No audit row of its own: the items are part of the pairing's "record" row the caller writes,
    // and they go with the pairing (ON DELETE CASCADE) as they came.
    return std::max(query.numRowsAffected(), 0);
}

} // namespace mentordesk
