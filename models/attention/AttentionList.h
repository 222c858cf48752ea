// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttentionItem.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QVector>

#include <optional>

class QSqlQuery;

namespace mentordesk {

/// The "Needs attention" list of a program on a day D, in a time zone (issue 10, item 3):
///
/// - overdue: an open pairing (trial or active) that began at least 7 days before D with no
///   touchpoint done in D−6 … D, or with a planned touchpoint scheduled before D;
/// - trial_ending / trial_decision_overdue: a trial ending in D … D+6, or that ended before D,
///   still undecided (status trial);
/// - checklist_due / checklist_late: an open checklist item due in D … D+6, or before D;
/// - feedback_missing: feedback missing in either direction on the latest of the days 7, 37,
///   67, … after the trial's end that is not after D; feedback given in the 30 days before
///   that day, or since, counts;
/// - at_risk: the latest rating in either direction is 2 or less, or the last two touchpoints
///   logged (done or missed) up to D were both missed — the suggestion is to re-match.
///
/// Dates are local dates in the zone; a touchpoint counts on its local scheduled date;
/// cancelled touchpoints never count and never raise anything; ended pairings are never listed.
///
/// Three statements whatever the size of the program, each reading through indexes (the
/// comments at the statements name them); the pairings' latest touchpoints come from
/// pairing_activity (schema 8), kept by triggers, rather than from a walk per pairing
/// (docs/benchmarks.md has the figures at 10M touchpoints).
class AttentionList {
    Q_DECLARE_TR_FUNCTIONS(AttentionList)
public:
    AttentionList(const QSqlDatabase& db, const QTimeZone& zone);

    /// Whether compute() reads the names, external IDs and e-mail addresses of the people.
    enum class People {
        Read,  ///< every line complete (the headless command)
        Later, ///< ids only; readPeople() completes the lines about to be shown (the window)
    };

    /// The items on `asOf`, most urgent first; none on a database error (errorString() says it).
    std::optional<QVector<AttentionItem>> compute(const QDate& asOf, People people = People::Read);

    /// Completes `count` lines of `items` from `first` with their people's names, external IDs
    /// and e-mail addresses: two small reads, so a window showing a few dozen of tens of
    /// thousands of lines reads the people of those only. False on a database error.
    bool readPeople(QVector<AttentionItem>* items, int first, int count);

    /// How many items of each kind `items` holds.
    static QHash<AttentionKind, int> countByKind(const QVector<AttentionItem>& items);

    QString errorString() const { return m_error; }

    /// Dates in the sentences (AttentionItem::detail) in `locale`'s short format, as the window
    /// shows them; without it they are ISO 8601 (yyyy-MM-dd), as the headless command writes them.
    void setDateLocale(const QLocale& locale) { m_dateLocale = locale; }

private:
    bool readPairings(const QDate& asOf, QVector<AttentionItem>* items);
    bool readTrials(const QDate& asOf, QVector<AttentionItem>* items);
    bool readChecklists(const QDate& asOf, QVector<AttentionItem>* items);
    AttentionItem overdueItem(const QSqlQuery& query) const;
    AttentionItem atRiskItem(const QSqlQuery& query) const;
    AttentionItem feedbackItem(const QSqlQuery& query) const;
    bool run(QSqlQuery& query, const QString& sql, const QVariantList& values);
    QDate localDate(const QString& utcText) const;
    QString shown(const QDate& day) const;

    QSqlDatabase m_db;
    QTimeZone m_zone;
    QString m_error;
    std::optional<QLocale> m_dateLocale;
};

} // namespace mentordesk
