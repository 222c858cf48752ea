// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace mentordesk {

/// Whom the calendar can be filtered by.
enum class CalendarPersonKind { Mentor, Mentee, Cohort };

/// A mentor, a mentee (a seller who has or had a pairing) or a cohort found by CalendarPeopleSearch.
struct CalendarPerson {
    qint64 id = 0;
    QString name;       ///< The mentor's name, the mentee's shop (or contact) name, the cohort's name.
    QString externalId; ///< Empty for a cohort.
    /// "Ada Lovelace (M00001)", or the bare name when there is no external ID.
    QString label() const;
};

/// The suggestions of the calendar's filter fields: the mentors, mentees or cohorts whose name or
/// external ID matches what the coordinator typed, at most limit() of them, prefix matches first.
/// Every search is one to four bounded queries, so a program of 10k mentors and a million sellers
/// answers as the coordinator types: a mentee's ID and name prefixes walk the unique index and the
/// NOCASE name indexes in order (stopping at the limit; about one seller in four has a pairing),
/// a longer text then looks for substrings through the Sellers workspace's trigram index
/// (seller_search); mentors (thousands) and cohorts (tens) are scanned with LIKE, which takes
/// a few milliseconds at that size.
class CalendarPeopleSearch : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        NameRole,                  ///< QString
        ExternalIdRole,            ///< QString, empty for a cohort
    };
    static constexpr int kDefaultLimit = 20;

    explicit CalendarPeopleSearch(CalendarPersonKind kind, QObject* parent = nullptr);

    CalendarPersonKind kind() const { return m_kind; }
    void setDatabase(QSqlDatabase db);
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }

    /// Replaces the suggestions with those matching `text` (empty: the first ones by name).
    void search(const QString& text);
    /// The person or cohort `id` if it still exists (and, for a mentee, has a pairing).
    std::optional<CalendarPerson> find(qint64 id) const;
    const CalendarPerson& person(int row) const { return m_people.at(row); }
    /// Why the last search failed, or an empty string.
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QVector<CalendarPerson> searchMentees(const QString& text);
    QVector<CalendarPerson> searchByLike(const QString& text);
    /// Runs `sql` with `values` and appends the rows not yet in `people`, up to the limit.
    bool collect(const QString& sql, const QVariantList& values, QVector<CalendarPerson>* people);

    CalendarPersonKind m_kind;
    QSqlDatabase m_db;
    int m_limit = kDefaultLimit;
    QVector<CalendarPerson> m_people;
    QString m_error;
};

} // namespace mentordesk
