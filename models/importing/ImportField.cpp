// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportField.h"

#include "domain/FieldCatalogue.h"

#include <QCoreApplication>

namespace mentordesk {

namespace {

ImportValueType importType(const FieldSpec& field)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::CodeList: // a mentor file's list cells, read by importjob/MentorListCells
        return ImportValueType::Text;
    case FieldType::Email:
        return ImportValueType::Email;
    case FieldType::Integer:
        return ImportValueType::Integer;
    case FieldType::Real:
        return field.share ? ImportValueType::Rate : ImportValueType::Real;
    case FieldType::Date:
        return ImportValueType::Date;
    case FieldType::Choice:
        return ImportValueType::Choice;
    case FieldType::Boolean:
        return ImportValueType::Boolean;
    case FieldType::TimeOfDay:
        return ImportValueType::TimeOfDay;
    }
    return ImportValueType::Text;
}

ImportField fromCatalogue(const FieldSpec& spec, ImportKind kind)
{
    ImportField field;
    field.id = spec.id;
    field.key = spec.key;
    field.title = spec.title;
    field.type = importType(spec);
    // A field is required by the files of its own table: a seller file needs the seller ID, a
    // metrics file the seller ID and the snapshot's date (a seller file dates it by the export).
    const bool ownTable = kind != ImportKind::SellerProfiles || spec.table == EntityKind::Seller;
    field.required = spec.importRequired && ownTable;
    field.hasRange = spec.hasRange;
    field.minimum = spec.minimum;
    field.maximum = spec.maximum;
    field.minimumExclusive = spec.minimumExclusive;
    field.isMetric = spec.snapshotMetric;
    field.choices = spec.choices;
    field.headerSynonyms = spec.headerSynonyms;
    return field;
}

QVector<ImportField> makeFields(ImportKind kind)
{
    QVector<ImportField> fields;
    for (const FieldSpec& spec : fieldCatalogue()) {
        if (kind == ImportKind::Mentors) {
            if (spec.import == ImportUse::MentorFiles)
                fields << fromCatalogue(spec, kind);
            continue;
        }
        const bool inFile =
            spec.import == ImportUse::AllFiles ||
            (spec.import == ImportUse::SellerFiles && (kind == ImportKind::SellerProfiles || spec.importRequired));
        if (inFile)
            fields << fromCatalogue(spec, kind);
    }
    return fields;
}

template <typename Predicate> int indexWhere(ImportKind kind, Predicate matches)
{
    const QVector<ImportField>& list = ImportField::fields(kind);
    for (int i = 0; i < list.size(); ++i)
        if (matches(list.at(i)))
            return i;
    return -1;
}

} // namespace

QString ImportField::translatedTitle() const
{
    return QCoreApplication::translate("Fields", title);
}

const QVector<ImportField>& ImportField::fields(ImportKind kind)
{
    static const QVector<ImportField> sellerFields = makeFields(ImportKind::SellerProfiles);
    static const QVector<ImportField> metricFields = makeFields(ImportKind::MetricSnapshots);
    static const QVector<ImportField> mentorFields = makeFields(ImportKind::Mentors);
    if (kind == ImportKind::Mentors)
        return mentorFields;
    return kind == ImportKind::SellerProfiles ? sellerFields : metricFields;
}

int ImportField::indexOf(ImportKind kind, QStringView key)
{
    return indexWhere(kind, [key](const ImportField& field) { return field.key == key; });
}

int ImportField::indexOf(ImportKind kind, FieldId id)
{
    return indexWhere(kind, [id](const ImportField& field) { return field.id == id; });
}

} // namespace mentordesk
