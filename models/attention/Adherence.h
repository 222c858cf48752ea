// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QVector>

#include <optional>

namespace mentordesk {

/// Pair-weeks and how many of them had a touchpoint done. Groups add counts, so a group's
/// adherence is a ratio of sums (PRODUCT.md's group rule), never a mean of the pairs' ratios.
struct AdherenceCount {
    qint64 pairWeeks = 0;
    qint64 adheredWeeks = 0;

    /// adheredWeeks ÷ pairWeeks; none without a complete pair-week.
    std::optional<double> ratio() const;
    void add(const AdherenceCount& other);
    bool operator==(const AdherenceCount& other) const;
};

/// One pairing's adherence, with what groups it (the mentee's cohort; 0 when in none).
struct PairingAdherence {
    qint64 pairingId = 0;
    qint64 mentorId = 0;
    qint64 cohortId = 0;
    AdherenceCount count;
};

/// One pair-week of a pairing: the 7 local days beginning on its start + 7 × index.
struct PairWeek {
    int index = 0;
    QDate firstDay;
    QDate lastDay;
    int doneTouchpoints = 0;

    bool adhered() const { return doneTouchpoints > 0; }
};

/// Which pairings to count (0: any).
struct AdherenceScope {
    qint64 pairingId = 0;
    qint64 mentorId = 0;
    qint64 cohortId = 0;
};

/// Touchpoint adherence as PRODUCT.md defines it: the share of pair-weeks with at least one
/// touchpoint done. A pair-week is a 7-day block counted from the pairing's start in the
/// program's zone; only complete weeks count, those whose last day is on or before the as-of
/// date (and, for an ended pairing, on or before the day it ended). A done touchpoint counts on
/// its local scheduled date; missed and cancelled ones never count, planned ones not yet.
/// Roundtables (cohort touchpoints) are voluntary and not part of it.
///
/// One statement per call, whatever the number of pairings (analytics reuses it for dashboards).
class Adherence {
    Q_DECLARE_TR_FUNCTIONS(Adherence)
public:
    Adherence(const QSqlDatabase& db, const QTimeZone& zone);

    /// Every pairing of `scope` that began on or before `asOf`, in id order; none on a database
    /// error (errorString() says which).
    std::optional<QVector<PairingAdherence>> pairings(const QDate& asOf, const AdherenceScope& scope = {});
    /// The complete pair-weeks of one pairing up to `asOf`, in order; none on a database error or
    /// when the pairing does not exist.
    std::optional<QVector<PairWeek>> pairWeeks(qint64 pairingId, const QDate& asOf);

    static QHash<qint64, AdherenceCount> byMentor(const QVector<PairingAdherence>& pairings);
    /// Pairings whose mentee is in no cohort are left out.
    static QHash<qint64, AdherenceCount> byCohort(const QVector<PairingAdherence>& pairings);
    static AdherenceCount total(const QVector<PairingAdherence>& pairings);

    QString errorString() const { return m_error; }

private:
    QString localDate(const QString& column, const QDate& asOf) const;

    QSqlDatabase m_db;
    QTimeZone m_zone;
    QString m_error;
};

} // namespace mentordesk
