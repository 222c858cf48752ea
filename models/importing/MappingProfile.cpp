// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingProfile.h"

#include "TextEncoding.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace mentordesk {

namespace {

const QLatin1String kAuto("auto");

QString numberStyleName(NumberStyle style)
{
    switch (style) {
    case NumberStyle::DotDecimal:
        return QStringLiteral("dot");
    case NumberStyle::CommaDecimal:
        return QStringLiteral("comma");
    case NumberStyle::Auto:
        break;
    }
    return kAuto;
}

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonth:
        return QStringLiteral("dayMonth");
    case DateOrder::MonthDay:
        return QStringLiteral("monthDay");
    case DateOrder::Auto:
        break;
    }
    return kAuto;
}

} // namespace

QString MappingProfile::kindName(ImportKind kind)
{
    if (kind == ImportKind::Mentors)
        return QStringLiteral("mentors");
    return kind == ImportKind::SellerProfiles ? QStringLiteral("sellers") : QStringLiteral("metrics");
}

MappingProfile MappingProfile::fromMapping(const ColumnMapping& mapping)
{
    MappingProfile profile;
    profile.kind = mapping.kind();
    for (auto it = mapping.columns().cbegin(); it != mapping.columns().cend(); ++it) {
        const QString header = mapping.headerNames().at(it.value());
        profile.columns.insert(it.key(), header.isEmpty() ? ColumnRef{QString(), it.value()} : ColumnRef{header, -1});
    }
    return profile;
}

bool MappingProfile::resolve(const QStringList& headerNames, ColumnMapping* mapping, QString* error) const
{
    *mapping = ColumnMapping(kind, headerNames);
    QStringList problems;
    const QVector<ImportField>& fields = ImportField::fields(kind);
    // In field order, so that the messages come in the order the wizard lists the fields.
    for (const ImportField& field : fields) {
        const auto ref = columns.constFind(field.key);
        if (ref == columns.cend())
            continue;
        int column = ref->column;
        if (!ref->header.isEmpty()) {
            // The exact name first; then the name compared as autoMap compares, because a file
            // re-saved by a spreadsheet or a newer export may change case or spacing.
            QList<int> matches;
            for (int i = 0; i < headerNames.size(); ++i) {
                if (headerNames.at(i).trimmed() == ref->header.trimmed())
                    matches << i;
            }
            if (matches.isEmpty()) {
                const QString wanted = ColumnMapping::normalisedHeader(ref->header);
                for (int i = 0; i < headerNames.size() && !wanted.isEmpty(); ++i) {
                    if (ColumnMapping::normalisedHeader(headerNames.at(i)) == wanted)
                        matches << i;
                }
            }
            if (matches.isEmpty()) {
                problems
                    << tr("The column “%1” (for %2) is not in the file.").arg(ref->header, field.translatedTitle());
                continue;
            }
            if (matches.size() > 1) {
                problems << tr("The file has %1 columns named “%2” (for %3); map the field by position instead.")
                                .arg(matches.size())
                                .arg(ref->header, field.translatedTitle());
                continue;
            }
            column = matches.first();
        } else if (column >= headerNames.size()) {
            problems << tr("The file has no column %1 (for %2); it has %n column(s).", nullptr, int(headerNames.size()))
                            .arg(column + 1)
                            .arg(field.translatedTitle());
            continue;
        }
        QString reason;
        if (!mapping->map(field.key, column, &reason))
            problems << reason;
    }
    if (problems.isEmpty())
        return true;
    if (error)
        *error = problems.join(u'\n');
    return false;
}

QJsonObject MappingProfile::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("version"), kFormatVersion);
    object.insert(QLatin1String("kind"), kindName(kind));
    if (!name.isEmpty())
        object.insert(QLatin1String("name"), name);
    QJsonObject columnObject;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (it->header.isEmpty())
            columnObject.insert(it.key(), it->column + 1);
        else
            columnObject.insert(it.key(), it->header);
    }
    object.insert(QLatin1String("columns"), columnObject);
    if (delimiter)
        object.insert(QLatin1String("delimiter"), QString(*delimiter));
    if (!encoding.isEmpty())
        object.insert(QLatin1String("encoding"), encoding);
    if (numberStyle != NumberStyle::Auto)
        object.insert(QLatin1String("numberStyle"), numberStyleName(numberStyle));
    if (dateOrder != DateOrder::Auto)
        object.insert(QLatin1String("dateOrder"), dateOrderName(dateOrder));
    if (hasHeader)
        object.insert(QLatin1String("hasHeader"), *hasHeader);
    return object;
}

QByteArray MappingProfile::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

std::optional<MappingProfile> MappingProfile::fromJson(const QJsonObject& object, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    static const QStringList kKnownKeys = {
        QStringLiteral("version"),     QStringLiteral("kind"),      QStringLiteral("name"),
        QStringLiteral("columns"),     QStringLiteral("delimiter"), QStringLiteral("encoding"),
        QStringLiteral("numberStyle"), QStringLiteral("dateOrder"), QStringLiteral("hasHeader"),
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kKnownKeys.contains(it.key()))
            return fail(tr("The mapping has an unknown setting “%1”.").arg(it.key()));
    }

    const QJsonValue version = object.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != kFormatVersion) {
        if (version.isDouble() && version.toDouble() > kFormatVersion)
            return fail(
                tr("The mapping was written by a newer version of MentorDesk (format %1).").arg(version.toDouble()));
        return fail(tr("The mapping has no valid “version” (expected %1).").arg(kFormatVersion));
    }

    MappingProfile profile;
    const QString kind = object.value(QLatin1String("kind")).toString();
    if (kind == kindName(ImportKind::SellerProfiles))
        profile.kind = ImportKind::SellerProfiles;
    else if (kind == kindName(ImportKind::MetricSnapshots))
        profile.kind = ImportKind::MetricSnapshots;
    else if (kind == kindName(ImportKind::Mentors))
        profile.kind = ImportKind::Mentors;
    else
        return fail(tr("The mapping's “kind” must be “sellers”, “metrics” or “mentors”."));

    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isUndefined() && !name.isString())
        return fail(tr("The mapping's “name” must be text."));
    profile.name = name.toString();

    const QJsonValue columns = object.value(QLatin1String("columns"));
    if (!columns.isObject())
        return fail(tr("The mapping has no “columns” object."));
    QStringList unknown;
    const QJsonObject columnObject = columns.toObject();
    for (auto it = columnObject.begin(); it != columnObject.end(); ++it) {
        if (ImportField::indexOf(profile.kind, it.key()) < 0) {
            unknown << it.key();
            continue;
        }
        const QJsonValue value = it.value();
        if (value.isNull())
            continue; // written by hand to say "not imported"
        if (value.isString() && !value.toString().trimmed().isEmpty()) {
            profile.columns.insert(it.key(), ColumnRef{value.toString(), -1});
        } else if (value.isDouble() && value.toDouble() >= 1 && value.toDouble() <= 1e6 &&
                   std::floor(value.toDouble()) == value.toDouble()) {
            profile.columns.insert(it.key(), ColumnRef{QString(), int(value.toDouble()) - 1});
        } else {
            return fail(tr("The column of “%1” must be a header name or a column number from 1.").arg(it.key()));
        }
    }
    if (!unknown.isEmpty())
        return fail(tr("The mapping names fields that %1 imports do not have: %2.")
                        .arg(kind, unknown.join(QLatin1String(", "))));

    const QJsonValue delimiter = object.value(QLatin1String("delimiter"));
    if (!delimiter.isUndefined()) {
        QString text = delimiter.toString();
        if (text == QLatin1String("tab"))
            text = QStringLiteral("\t");
        if (!delimiter.isString() || (text != kAuto && (text.size() != 1 || text == QLatin1String("\"") ||
                                                        text.at(0) == u'\n' || text.at(0) == u'\r')))
            return fail(tr("The mapping's “delimiter” must be one character (or “tab”, or “auto”)."));
        if (text != kAuto)
            profile.delimiter = text.at(0);
    }

    const QJsonValue encoding = object.value(QLatin1String("encoding"));
    if (!encoding.isUndefined()) {
        if (!encoding.isString())
            return fail(tr("The mapping's “encoding” must be text."));
        if (encoding.toString() != kAuto) {
            const TextEncoding textEncoding = TextEncoding::fromName(encoding.toString());
            if (!textEncoding.isValid())
                return fail(tr("The mapping's encoding “%1” is not known.").arg(encoding.toString()));
            profile.encoding = textEncoding.name();
        }
    }

    const QJsonValue numberStyle = object.value(QLatin1String("numberStyle"));
    if (!numberStyle.isUndefined()) {
        bool found = false;
        for (NumberStyle style : {NumberStyle::Auto, NumberStyle::DotDecimal, NumberStyle::CommaDecimal}) {
            if (numberStyle.toString() == numberStyleName(style)) {
                profile.numberStyle = style;
                found = true;
            }
        }
        if (!found)
            return fail(tr("The mapping's “numberStyle” must be “dot”, “comma” or “auto”."));
    }

    const QJsonValue dateOrder = object.value(QLatin1String("dateOrder"));
    if (!dateOrder.isUndefined()) {
        bool found = false;
        for (DateOrder order : {DateOrder::Auto, DateOrder::DayMonth, DateOrder::MonthDay}) {
            if (dateOrder.toString() == dateOrderName(order)) {
                profile.dateOrder = order;
                found = true;
            }
        }
        if (!found)
            return fail(tr("The mapping's “dateOrder” must be “dayMonth”, “monthDay” or “auto”."));
    }

    const QJsonValue hasHeader = object.value(QLatin1String("hasHeader"));
    if (!hasHeader.isUndefined()) {
        if (!hasHeader.isBool())
            return fail(tr("The mapping's “hasHeader” must be true or false."));
        profile.hasHeader = hasHeader.toBool();
    }
    return profile;
}

std::optional<MappingProfile> MappingProfile::fromJsonBytes(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("The mapping is not valid JSON: %1 (at character %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = tr("The mapping is not a JSON object.");
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

} // namespace mentordesk
