// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttentionItem.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace mentordesk {

/// The attention list as text for a terminal or a file: aligned columns with a count line, or CSV
/// with the columns `kind,pairing_id,mentor_external_id,mentee_external_id,due,detail` (the
/// headless contract of issue 10, item 9).
class AttentionListText {
    Q_DECLARE_TR_FUNCTIONS(AttentionListText)
public:
    /// The header and one line per item, without line ends; fields quoted where CSV needs it.
    static QStringList csvLines(const QVector<AttentionItem>& items);
    /// A header, one aligned line per item and the count line ("3 items need attention.").
    static QStringList textLines(const QVector<AttentionItem>& items);
    /// "Nothing needs attention." or "%n items need attention.", the count line of textLines().
    static QString countLine(int count);
};

} // namespace mentordesk
