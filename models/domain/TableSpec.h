// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EntityKind.h"
#include "FieldSpec.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace mentordesk {

/// A facet filter offered above a workspace (category, status, cohort, country).
struct FacetSpec {
    QString key;
    const char* title = nullptr; ///< Untranslated, "Fields" context.
    QString condition;           ///< SQL condition with one `?` for the chosen value.
    QString valuesQuery;         ///< SELECT value, label — the values to offer.
    int choiceField = -1;        ///< Field whose choice labels translate the values, or -1.
};

/// Everything a workspace needs to know about one kind of record: where it lives, its
/// columns, how text search and facets are expressed in SQL.
struct TableSpec {
    EntityKind entity = EntityKind::Seller;
    QString table; ///< Base table; it is aliased as `t` in every query.
    QVector<FieldSpec> fields;
    QString searchIndex;       ///< Full-text index over the table, or empty.
    QStringList searchColumns; ///< Columns a short (or unindexed) search looks into with LIKE.
    QVector<FacetSpec> facets;
    QString displayNameExpression; ///< SQL naming one record for messages, e.g. t.shop_name.

    int fieldIndex(const QString& key) const;
    const FieldSpec* field(const QString& key) const;
};

} // namespace mentordesk
