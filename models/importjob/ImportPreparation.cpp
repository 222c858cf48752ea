// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreparation.h"
#include "domain/FieldCatalogue.h"

#include "ImportProfiles.h"

#include <QDir>
#include <QFile>

namespace mentordesk {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// "seller files" or "metrics files", for messages.
QString filesOfKind(ImportKind kind)
{
    if (kind == ImportKind::Mentors)
        return ImportPreparation::tr("mentor files");
    return kind == ImportKind::SellerProfiles ? ImportPreparation::tr("seller files")
                                              : ImportPreparation::tr("metrics files");
}

const ImportField& fieldOf(ImportKind kind, const QString& key)
{
    return ImportField::fields(kind).at(ImportField::indexOf(kind, key));
}

} // namespace

PreparedImport ImportPreparation::prepare(const ImportRequest& request)
{
    PreparedImport prepared;
    ImportOptions& options = prepared.options;
    options.kind = request.kind;
    options.filePath = request.filePath;
    options.exportDate = request.exportDate;
    options.onDuplicate = request.onDuplicate;
    options.dryRun = request.dryRun;

    std::optional<MappingProfile> profile;
    if (!request.profileName.isEmpty()) {
        options.profileName = request.profileName;
        profile = savedProfile(request.kind, request.profileName, &prepared.error);
    } else if (!request.mappingFilePath.isEmpty()) {
        profile = profileFromFile(request.mappingFilePath, request.kind, &prepared.error);
    }
    if (!prepared.error.isEmpty())
        return prepared;
    ImportSource::Overrides overrides = request.overrides;
    if (profile && !applyProfile(*profile, &overrides, &prepared))
        return prepared;

    prepared.source = ImportSource::inspect(options.filePath, overrides, &prepared.error);
    if (!prepared.source)
        return prepared;
    options.encoding = prepared.source->encoding;
    options.dialect = prepared.source->dialect;
    if (!options.exportDate.isValid())
        options.exportDate = prepared.source->fileDate;

    resolveMapping(profile, &prepared);
    if (prepared.mappingResolved)
        checkFields(&prepared);
    return prepared;
}

std::optional<MappingProfile> ImportPreparation::savedProfile(ImportKind kind, const QString& name, QString* error)
{
    if (!ImportProfiles::exists(kind, name)) {
        const QStringList names = ImportProfiles::names(kind);
        *error = names.isEmpty() ? tr("there is no saved import profile “%1” for %2, and none at all yet. "
                                      "Save one in the import wizard, or give the mapping with --mapping FILE.json.")
                                       .arg(name, filesOfKind(kind))
                                 : tr("there is no saved import profile “%1” for %2. Saved profiles: %3.")
                                       .arg(name, filesOfKind(kind), names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return ImportProfiles::load(kind, name, error);
}

std::optional<MappingProfile> ImportPreparation::profileFromFile(const QString& path, ImportKind kind, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the mapping file “%1”: %2.").arg(shown(path), file.errorString());
        return std::nullopt;
    }
    QString reason;
    std::optional<MappingProfile> profile = MappingProfile::fromJsonBytes(file.readAll(), &reason);
    if (!profile) {
        *error = tr("the mapping file “%1” cannot be used: %2 See docs/import-mapping.md for the format.")
                     .arg(shown(path), reason);
        return std::nullopt;
    }
    if (profile->kind != kind) {
        *error = tr("the mapping file “%1” is for %2, not %3.")
                     .arg(shown(path), filesOfKind(profile->kind), filesOfKind(kind));
        return std::nullopt;
    }
    return profile;
}

bool ImportPreparation::applyProfile(const MappingProfile& profile, ImportSource::Overrides* overrides,
                                     PreparedImport* prepared)
{
    ImportOptions& options = prepared->options;
    if (options.profileName.isEmpty())
        options.profileName = profile.name;
    if (!overrides->encoding.isValid() && !profile.encoding.isEmpty()) {
        overrides->encoding = TextEncoding::fromName(profile.encoding);
        if (!overrides->encoding.isValid()) {
            prepared->error =
                tr("the mapping names the encoding '%1', which MentorDesk cannot read.").arg(profile.encoding);
            return false;
        }
    }
    if (!overrides->delimiter)
        overrides->delimiter = profile.delimiter;
    overrides->hasHeaderRow = profile.hasHeader;
    options.numberStyle = profile.numberStyle;
    options.dateOrder = profile.dateOrder;
    return true;
}

void ImportPreparation::resolveMapping(const std::optional<MappingProfile>& profile, PreparedImport* prepared)
{
    ImportOptions& options = prepared->options;
    const ImportSource& source = *prepared->source;
    const int columnCount = int(source.columnNames.size());
    if (profile) {
        const QStringList headerNames =
            source.dialect.hasHeaderRow ? source.columnNames : QStringList(columnCount, QString());
        options.mapping = ColumnMapping(options.kind, headerNames);
        QString reason;
        if (!profile->resolve(headerNames, &options.mapping, &reason)) {
            prepared->error = tr("the mapping does not fit “%1”:\n%2").arg(shown(options.filePath), reason);
            return;
        }
    } else {
        options.mapping = source.dialect.hasHeaderRow ? ColumnMapping::autoMap(options.kind, source.columnNames)
                                                      : ColumnMapping::withoutHeader(options.kind, columnCount);
    }
    prepared->mappingResolved = true;
}

void ImportPreparation::checkFields(PreparedImport* prepared)
{
    const ImportOptions& options = prepared->options;
    bool hasMetrics = options.kind == ImportKind::MetricSnapshots;
    for (auto it = options.mapping.columns().cbegin(); it != options.mapping.columns().cend(); ++it)
        hasMetrics = hasMetrics || fieldOf(options.kind, it.key()).isMetric;
    prepared->snapshotsTakeExportDate = hasMetrics && options.mapping.column(fieldKey(FieldId::SnapshotDate)) < 0;

    // A metrics file without a date column takes the export date, which always has a value here.
    for (const QString& key : options.mapping.unmappedRequired()) {
        if (key == fieldKey(FieldId::SnapshotDate) && options.exportDate.isValid())
            continue;
        prepared->missingFields << fieldOf(options.kind, key).translatedTitle();
    }
}

} // namespace mentordesk
