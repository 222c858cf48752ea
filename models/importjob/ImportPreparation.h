// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/ImportSource.h"
#include "importing/MappingProfile.h"
#include "ImportOptions.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace mentordesk {

/// What a user asked to import, before anything is read: the file, where its mapping comes from
/// and how it is to be read where that is not detected.
struct ImportRequest {
    ImportKind kind = ImportKind::SellerProfiles;
    QString filePath;        ///< absolute
    QString profileName;     ///< a mapping profile saved in the wizard (ImportProfiles), or empty
    QString mappingFilePath; ///< a mapping profile as a JSON file (docs/import-mapping.md), or empty
    ImportSource::Overrides overrides;
    QDate exportDate; ///< invalid: the file's date
    DuplicatePolicy onDuplicate = DuplicatePolicy::Update;
    bool dryRun = false;
};

/// An import worked out as far as it could be: the options ImportEngine runs with, or why it
/// cannot run. Everything is filled in up to the step that failed, so a caller can show what was
/// understood of the file before saying what is wrong.
struct PreparedImport {
    /// Everything but the program-specific parts (actor, safety copy), which the caller sets.
    ImportOptions options;
    std::optional<ImportSource> source; ///< set once the file was read
    bool mappingResolved = false;       ///< options.mapping holds the columns to import
    /// Metric values are imported without a date column: they are dated options.exportDate.
    bool snapshotsTakeExportDate = false;
    /// Required fields no column fills (translated titles); the import cannot run without them.
    QStringList missingFields;
    /// A sentence (starting lower-case, to follow "mentordesk import: ") when the import cannot run
    /// for another reason; empty otherwise.
    QString error;

    bool isReady() const { return error.isEmpty() && missingFields.isEmpty(); }
};

/// Turns an ImportRequest into ImportOptions the way the wizard's pages do: the mapping profile
/// first (its encoding, delimiter and header setting shape how the file is read, unless the
/// request says otherwise), then ImportSource::inspect, then the profile's mapping resolved against
/// the header (or the columns mapped from their names), then the required fields checked.
class ImportPreparation {
    Q_DECLARE_TR_FUNCTIONS(ImportPreparation)
public:
    static PreparedImport prepare(const ImportRequest& request);

private:
    static std::optional<MappingProfile> savedProfile(ImportKind kind, const QString& name, QString* error);
    static std::optional<MappingProfile> profileFromFile(const QString& path, ImportKind kind, QString* error);
    static bool applyProfile(const MappingProfile& profile, ImportSource::Overrides* overrides,
                             PreparedImport* prepared);
    static void resolveMapping(const std::optional<MappingProfile>& profile, PreparedImport* prepared);
    static void checkFields(PreparedImport* prepared);
};

} // namespace mentordesk
