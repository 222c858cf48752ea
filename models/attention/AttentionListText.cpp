// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttentionListText.h"

#include "AttentionKinds.h"
#include "importing/ImportErrorReport.h"

#include <algorithm>
#include <array>

namespace mentordesk {

namespace {

constexpr int kAlignedColumns = 5;

/// A person as the text list shows them: "Ada (M00001)".
QString person(const QString& name, const QString& externalId)
{
    return AttentionListText::tr("%1 (%2)").arg(name, externalId);
}

} // namespace

QStringList AttentionListText::csvLines(const QVector<AttentionItem>& items)
{
    QStringList lines{QStringLiteral("kind,pairing_id,mentor_external_id,mentee_external_id,due,detail")};
    for (const AttentionItem& item : items) {
        const QStringList fields{AttentionKinds::key(item.kind),
                                 QString::number(item.pairingId),
                                 ImportErrorReport::csvField(item.mentorExternalId),
                                 ImportErrorReport::csvField(item.menteeExternalId),
                                 item.due.toString(Qt::ISODate),
                                 ImportErrorReport::csvField(item.detail)};
        lines << fields.join(QLatin1Char(','));
    }
    return lines;
}

QStringList AttentionListText::textLines(const QVector<AttentionItem>& items)
{
    if (items.isEmpty())
        return {countLine(0)};
    QVector<std::array<QString, kAlignedColumns>> rows;
    rows.append(std::array<QString, kAlignedColumns>{tr("Kind"), tr("Due"), tr("Mentor"), tr("Mentee"), tr("Detail")});
    for (const AttentionItem& item : items)
        rows.append(std::array<QString, kAlignedColumns>{AttentionKinds::label(item.kind),
                                                         item.due.toString(Qt::ISODate),
                                                         person(item.mentorName, item.mentorExternalId),
                                                         person(item.menteeName, item.menteeExternalId), item.detail});
    std::array<int, kAlignedColumns> widths{};
    for (const auto& row : rows) {
        for (int column = 0; column < kAlignedColumns; ++column)
            widths[column] = std::max(widths[column], int(row[column].size()));
    }
    QStringList lines;
    for (const auto& row : rows) {
        QString line;
        for (int column = 0; column + 1 < kAlignedColumns; ++column)
            line += row[column].leftJustified(widths[column] + 2);
        line += row[kAlignedColumns - 1];
        lines << line;
    }
    lines << countLine(int(items.size()));
    return lines;
}

QString AttentionListText::countLine(int count)
{
    if (count == 0)
        return tr("Nothing needs attention.");
    return tr("%n item(s) need attention.", nullptr, count);
}

} // namespace mentordesk
