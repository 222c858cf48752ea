// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentorListCells.h"

#include "domain/FieldCatalogue.h"
#include "importing/ImportField.h"
#include "importing/ValueConverter.h"

namespace mentordesk {

namespace {

/// The skill whose code matches `text` once both are normalised ("Listing optimisation" =
/// "listing_optimisation"), or an empty string.
QString skillCodeOf(QStringView text)
{
    const QString word = ValueConverter::normalisedWord(text);
    for (const QString& code : MentorListCells::skillCodes())
        if (ValueConverter::normalisedWord(code) == word)
            return code;
    return {};
}

} // namespace

const QStringList& MentorListCells::skillCodes()
{
    static const QStringList codes = [] {
        QStringList result;
        for (const Choice& skill : catalogueField(FieldId::MentorSkills).choices)
            result << skill.code;
        return result;
    }();
    return codes;
}

QStringList MentorListCells::items(QStringView cell)
{
    QStringList result;
    for (QStringView piece : cell.split(kSeparator)) {
        const QString item = piece.trimmed().toString();
        if (!item.isEmpty() && !result.contains(item))
            result << item;
    }
    return result;
}

bool MentorListCells::readSkills(QStringView cell, QMap<QString, int>* skills, QString* problem)
{
    skills->clear();
    for (const QString& item : items(cell)) {
        const qsizetype colon = item.indexOf(QLatin1Char(':'));
        const QString name = (colon < 0 ? item : item.left(colon)).trimmed();
        const QString code = skillCodeOf(name);
        if (code.isEmpty()) {
            *problem = tr("“%1” is not a skill; skills are %2.").arg(name, skillCodes().join(QStringLiteral(", ")));
            return false;
        }
        int level = 3;
        if (colon >= 0) {
            bool ok = false;
            level = item.mid(colon + 1).trimmed().toInt(&ok);
            if (!ok || level < 1 || level > 5) {
                *problem = tr("The level of “%1” must be a whole number from 1 to 5.").arg(name);
                return false;
            }
        }
        skills->insert(code, level);
    }
    return true;
}

bool MentorListCells::readLanguages(QStringView cell, QStringList* languages, QString* problem)
{
    languages->clear();
    for (const QString& item : items(cell)) {
        const QString code = item.toLower();
        const bool isCode = code.size() == 2 && code.at(0) >= QLatin1Char('a') && code.at(0) <= QLatin1Char('z') &&
                            code.at(1) >= QLatin1Char('a') && code.at(1) <= QLatin1Char('z');
        if (!isCode) {
            *problem = tr("“%1” is not a two-letter language code such as de or en.").arg(item);
            return false;
        }
        if (!languages->contains(code))
            *languages << code;
    }
    return true;
}

bool MentorListCells::readChannels(QStringView cell, QStringList* channels, QString* problem)
{
    channels->clear();
    // The seller's channel field knows every code, label and synonym of a channel.
    const ImportField& channel = ImportField::fields(ImportKind::SellerProfiles)
                                     .at(ImportField::indexOf(ImportKind::SellerProfiles, FieldId::SellerChannel));
    const ValueConverter converter;
    for (const QString& item : items(cell)) {
        const ValueConverter::Result result = converter.toChoice(item, channel);
        if (!result.ok) {
            *problem = result.problem;
            return false;
        }
        if (!channels->contains(result.value.toString()))
            *channels << result.value.toString();
    }
    return true;
}

} // namespace mentordesk
