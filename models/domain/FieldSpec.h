// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "FieldId.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <optional>

namespace mentordesk {

struct MetricSnapshot;

/// How a field's values are stored, shown and edited. TimeOfDay: minutes after midnight 0–1440,
/// shown as a time (TimeOfDay.h). CodeList: codes of the field's choices kept as rows of their own
/// (a mentor's skills, channels, languages), selected joined by "," ("pricing:4" with a level) and
/// shown as the choices' labels.
enum class FieldType { Text, Email, Integer, Real, Date, Choice, Boolean, TimeOfDay, CodeList };

/// Which imports read a field: none, a seller file only, both seller and metrics files, or a
/// mentor file.
enum class ImportUse { None, SellerFiles, AllFiles, MentorFiles };

/// One allowed value of an enumerated field: the code stored in the database, the untranslated
/// label (translated in the "Choices" context when shown) and the other words exports use for it.
struct Choice {
    QString code;
    const char* label = nullptr;
    QStringList synonyms;
};

/// One entry of the field catalogue (FieldCatalogue.h): everything the workspaces, the import,
/// its writer, undo of a batch and the detail models need to know about a column. The schema's
/// own SQL (models/storage/schema) stays the source of the tables; tests/test_fieldcatalogue.cpp
/// checks that every entry agrees with its column, CHECK and default there.
struct FieldSpec {
    FieldId id = FieldId::Count;
    EntityKind table = EntityKind::Seller; ///< Whose column it is (a computed field: shown with whom).
    QString key;                           ///< Column of the table (and the audit log's field name).
    const char* title = nullptr;           ///< Untranslated header, translated in the "Fields" context.
    FieldType type = FieldType::Text;
    QString selectExpression; ///< SQL that yields a computed value; empty for a stored column (t.<key>).
    QString sortExpression;   ///< SQL the sort and its index use; empty means not sortable.
    bool editable = true;
    bool required = false; ///< Must not be empty in the workspace.
    bool hasRange = false;
    double minimum = 0;
    double maximum = 0;
    bool minimumExclusive = false; ///< The value must be greater than the minimum, not equal to it.
    bool maximumInSchema = true;   ///< The schema's CHECK bounds the maximum too (not only the editor).
    /// Values outside this range are allowed but unusual (warned about on import and edit).
    double plausibleMinimum = 0;
    double plausibleMaximum = 0;
    int decimals = 0;
    bool share = false; ///< A share 0–1 that files also write as a percentage.
    QVector<Choice> choices;
    /// The column's schema default when it is NOT NULL (what an empty value is stored as); a null
    /// QVariant for a nullable column.
    QVariant schemaDefault;
    bool openVocabulary = false; ///< Free text whose spellings the program keeps consistent (category, country).
    bool snapshotMetric = false; ///< A dated metric of a seller's snapshot.
    /// Untranslated name of the outcome a snapshot metric is compared on (context
    /// "MetricComparisonModel"), or nullptr when it is not one.
    const char* outcomeTitle = nullptr;
    /// How the outcome is calculated from a snapshot (MetricSnapshot.h); nullptr: the stored value.
    std::optional<double> (*formula)(const MetricSnapshot&) = nullptr;
    bool stored = true; ///< False for an outcome calculated from other metrics only.
    ImportUse import = ImportUse::None;
    bool importRequired = false; ///< An import cannot do without it.
    /// Other names files give this field's column, most specific first, in English and German.
    QStringList headerSynonyms;
    bool inWorkspace = true; ///< Shown as a column of its table's workspace.
    bool visibleByDefault = true;
    int defaultWidth = 120;

    QString translatedTitle() const;
    QString choiceLabel(const QString& code) const;
    /// A list of codes (each optionally with ":level") as people read it: the choices' labels,
    /// in the catalogue's order, "Pricing 4/5" with a level; a code without a choice as Qt names
    /// the language of that code, or as stored.
    QString codeListText(const QStringList& items) const;
    bool isNumeric() const { return type == FieldType::Integer || type == FieldType::Real; }
    /// A column of its table, rather than an SQL expression or a formula over other fields.
    bool isStored() const { return stored && selectExpression.isEmpty(); }
    /// NOT NULL in the schema: with a default, or required (the schema has no value to put in).
    bool isNotNull() const { return schemaDefault.isValid() || required; }

    /// Checks and normalises a value the user entered. Returns an empty string and sets
    /// `*normalised` when the value is acceptable, otherwise a sentence saying why not.
    QString validate(const QVariant& value, QVariant* normalised) const;

    /// The text shown in a cell for a stored value.
    QString displayText(const QVariant& stored) const;

    /// The text an editor starts with for a stored value: what validate() reads back as the same
    /// value (numbers in the user's language without thousands separators, dates as in cells).
    QString editText(const QVariant& stored) const;

    /// For a validated number outside the plausible range (allowed, but rarely meant — 99,999
    /// orders a week), a sentence asking the user to confirm it; empty otherwise. Import warns on
    /// the same values.
    QString plausibilityWarning(const QVariant& normalised) const;

private:
    /// validate() for a time of day: the text as the user's language writes times, or minutes.
    QString validateTimeOfDay(const QVariant& value, QVariant* normalised) const;
};

} // namespace mentordesk
