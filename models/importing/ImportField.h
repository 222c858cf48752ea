// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FieldSpec.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

namespace mentordesk {

/// What a file holds: seller profiles (which may carry the sellers' current metrics too), metric
/// snapshots (one seller and date per row) or mentors (importjob/MentorImport, not the bulk engine).
enum class ImportKind { SellerProfiles, MetricSnapshots, Mentors };

/// How the text of a cell is read. Rate is a share (0–1) that files also write as a percentage;
/// TimeOfDay a time read into minutes after midnight (domain/TimeOfDay.h).
enum class ImportValueType { Text, Email, Integer, Real, Rate, Date, Choice, Boolean, TimeOfDay };

/// One field a column of an import file can be mapped to, with the rules its values must meet:
/// the import's view of an entry of the field catalogue (domain/FieldCatalogue.h), which it is
/// built from.
struct ImportField {
    /// An allowed value: the stored code, the untranslated label (the "Choices" context) and the
    /// other words exports use for it. Matching ignores case, accents, spaces and punctuation, so
    /// "marketplace-app" needs no synonym of its own.
    using Choice = mentordesk::Choice;

    FieldId id = FieldId::Count;
    QString key;                 ///< The column of sellers or seller_metric_snapshots.
    const char* title = nullptr; ///< Untranslated, translated in the "Fields" context.
    ImportValueType type = ImportValueType::Text;
    bool required = false;
    bool hasRange = false;
    double minimum = 0;
    double maximum = 0;
    bool minimumExclusive = false; ///< The value must be greater than the minimum, not equal to it.
    /// A metric of the snapshot rather than a seller attribute: a seller import records these as a
    /// snapshot of the row's date.
    bool isMetric = false;
    QVector<Choice> choices;
    /// Other names files give this field's column, most specific first, in English and German:
    /// ColumnMapping::autoMap() matches headers against them after the key and the title. No name
    /// belongs to two fields of a kind (tests/test_columnmapping.cpp checks), so a header never
    /// has two equally good fields.
    QStringList headerSynonyms;

    QString translatedTitle() const;

    /// The fields of an import kind; the order is fixed, so an index into it names a field.
    static const QVector<ImportField>& fields(ImportKind kind);
    /// Index of the field `key` in fields(kind), or -1.
    static int indexOf(ImportKind kind, QStringView key);
    /// Index of the catalogue field `id` in fields(kind), or -1.
    static int indexOf(ImportKind kind, FieldId id);
};

} // namespace mentordesk
