// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttentionItem.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace mentordesk {

/// The names of the attention kinds and actions: stable keys for files and commands, translated
/// labels for people.
class AttentionKinds {
    Q_DECLARE_TR_FUNCTIONS(AttentionKinds)
public:
    static QList<AttentionKind> all();
    /// "overdue", "trial_ending", … (the CSV's `kind` column; never translated).
    static QString key(AttentionKind kind);
    static std::optional<AttentionKind> fromKey(const QString& key);
    /// "Overdue", "Trial ending", …
    static QString label(AttentionKind kind);
    /// "Log touchpoint", "Schedule touchpoint", … (a button's text).
    static QString actionLabel(AttentionAction action);
};

} // namespace mentordesk
