// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>
#include <QVector>

namespace mentordesk {

enum class FieldType { Text, Email, Integer, Real, Date, Choice, Boolean };

/// One allowed value of an enumerated field: the code stored in the database and the
/// untranslated label (translated in the "Choices" context when shown).
struct Choice {
    QString code;
    const char* label = nullptr;
};

/// Describes one column of a workspace table: how it is read, shown, sorted, edited and
/// validated. The item models and the editing delegates are both driven by these specs,
/// so a rule such as "listing quality is 0–100" lives in exactly one place.
struct FieldSpec {
    QString key;                 ///< Column of the base table (and the audit log's field name).
    const char* title = nullptr; ///< Untranslated header, translated in the "Fields" context.
    FieldType type = FieldType::Text;
    QString selectExpression; ///< SQL that yields the value; defaults to t.<key>.
    QString sortExpression;   ///< SQL the sort and its index use; empty means not sortable.
    bool editable = true;
    bool required = false; ///< Must not be empty.
    bool hasRange = false;
    double minimum = 0;
    double maximum = 0;
    int decimals = 0;
    QVector<Choice> choices;
    bool visibleByDefault = true;
    int defaultWidth = 120;

    QString translatedTitle() const;
    QString choiceLabel(const QString& code) const;
    bool isNumeric() const { return type == FieldType::Integer || type == FieldType::Real; }

    /// Checks and normalises a value the user entered. Returns an empty string and sets
    /// `*normalised` when the value is acceptable, otherwise a sentence saying why not.
    QString validate(const QVariant& value, QVariant* normalised) const;

    /// The text shown in a cell for a stored value.
    QString displayText(const QVariant& stored) const;
};

} // namespace mentordesk
