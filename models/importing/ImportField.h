// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

namespace mentordesk {

/// What a file holds: seller profiles (which may carry the sellers' current metrics too) or
/// metric snapshots, one seller and date per row.
enum class ImportKind { SellerProfiles, MetricSnapshots };

/// How the text of a cell is read. Rate is a share (0–1) that files also write as a percentage.
enum class ImportValueType { Text, Email, Integer, Real, Rate, Date, Choice, Boolean };

/// One field a column of an import file can be mapped to, with the rules its values must meet.
///
/// The import library links Qt Core only (the fuzzer links it without storage or models), so it
/// cannot use the FieldSpec tables of WorkspaceSpecs.cpp. These tables mirror them: the same keys,
/// titles, choice codes and ranges as the seller spec and the seller_metric_snapshots CHECKs of the
/// schema. Change both when a rule changes; tests/test_importrowvalidator.cpp checks the codes.
struct ImportField {
    /// An allowed value: the stored code, the untranslated label (the "Choices" context, as in
    /// WorkspaceSpecs) and the other words exports use for it. Matching ignores case, accents,
    /// spaces and punctuation, so "marketplace-app" needs no synonym of its own.
    struct Choice {
        QString code;
        const char* label = nullptr;
        QStringList synonyms;
    };

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
};

} // namespace mentordesk
