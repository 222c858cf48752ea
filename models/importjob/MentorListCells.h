// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace mentordesk {

/// Reads the list cells of a mentor file. Items are separated by `|`, never by commas, because a
/// category name may contain one ("Home, Garden"); spaces around an item are dropped, empty items
/// and repeats ignored.
///
///  - categories, industries: any text per item;
///  - skills: `skill` or `skill:level`, the skill as its code or English name in any case and
///    spacing (`listing_optimisation`, `Listing optimisation`), the level 1–5 (3 when left out):
///    `pricing:4|listing_optimisation:5`;
///  - languages: ISO 639-1 codes (`de|en`), stored in lower case;
///  - channels: the channel's code or name as seller files write it (`own_storefront|social`).
///
/// Each reader returns false and says why in `problem` for the first item it cannot read.
class MentorListCells {
    Q_DECLARE_TR_FUNCTIONS(MentorListCells)

public:
    static constexpr QChar kSeparator = QLatin1Char('|');

    /// The items of a cell, trimmed, without empty ones or repeats, in file order.
    static QStringList items(QStringView cell);
    /// Skill code → level 1–5.
    static bool readSkills(QStringView cell, QMap<QString, int>* skills, QString* problem);
    static bool readLanguages(QStringView cell, QStringList* languages, QString* problem);
    static bool readChannels(QStringView cell, QStringList* channels, QString* problem);
    /// The skill codes the schema allows, in its order.
    static const QStringList& skillCodes();
};

} // namespace mentordesk
