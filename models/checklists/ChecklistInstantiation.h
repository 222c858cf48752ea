// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace mentordesk {

/// Gives a pairing that starts its checklist: the default template's items, each due its day
/// offset (30, 60 or 90) after the pairing's start, as schema version 7 did once for the
/// pairings open when a program upgraded. Every writer that starts a pairing calls it inside its
/// own transaction, so the checklist stands or falls with the pairing, and goes with it when the
/// pairing is taken back (the items are deleted with the pairing).
class ChecklistInstantiation {
public:
    /// Writes the items; returns how many (0 without a default template), or -1 with `*error` set.
    static int instantiateDefault(QSqlDatabase db, qint64 pairingId, QString* error);
};

} // namespace mentordesk
