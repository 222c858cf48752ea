// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EntityKind.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace mentordesk {

class RecordRepository;

/// The lists a mentor or a seller has as rows of their own (schema v5), which matching reads.
enum class ListField {
    MentorCategories, ///< mentor_categories, mirrored by the text column mentors.categories
    MentorChannels,   ///< mentor_channels: codes of the catalogue's channel choices
    MentorLanguages,  ///< mentor_languages: ISO 639-1 codes, lower case
    SellerLanguages,  ///< seller_languages: ISO 639-1 codes, lower case
    SellerBrands,     ///< seller_brands
};

/// The kind of record that holds `field`'s list.
EntityKind listOwner(ListField field);
/// The key the list is shown and audited under ("categories", "languages", …): the catalogue's
/// key of the computed column that shows it, so the History tab names it as the table does.
QString listKey(ListField field);

/// A mentor's skill levels (1–5) by skill code; a skill not in the map is one the mentor lacks.
using SkillLevels = QMap<QString, int>;

/// One declared conflict of interest of a mentor: a seller (by its row id), a brand or a category.
struct Disclosure {
    qint64 id = 0; ///< 0 before it is stored.
    qint64 mentorId = 0;
    QString kind;        ///< seller, brand or category
    qint64 sellerId = 0; ///< for kind seller; 0 otherwise
    QString value;       ///< the brand or category; empty for a seller
    QString note;
    QDate declaredOn;
    // Read along for display; not stored in mentor_disclosures.
    QString sellerExternalId;
    QString sellerName;

    bool operator==(const Disclosure& other) const;
    bool operator!=(const Disclosure& other) const { return !(*this == other); }
    /// What the disclosure names, for people and the audit log: "S00012 Alpha Crafts", a brand or
    /// a category.
    QString subject() const;
};

/// Two categories whose sellers and mentors match nearly as well as the same category would.
/// Stored once, the smaller name first.
struct CategoryPair {
    QString first;
    QString second;

    /// The pair as stored: the smaller name first.
    static CategoryPair ordered(const QString& a, const QString& b);
    bool operator==(const CategoryPair& other) const { return first == other.first && second == other.second; }
};

/// Reads and writes the list data of mentors and sellers, each write with its audit rows in one
/// transaction. Writes are optimistic: they name what they expect to find and are refused (with
/// a sentence, nothing written) when someone changed it meanwhile, so an undo never overwrites
/// another desk's edit.
class ListFieldRepository {
    Q_DECLARE_TR_FUNCTIONS(ListFieldRepository)
public:
    explicit ListFieldRepository(RecordRepository& records);

    /// Whether a mentor (or seller, as `field` says) with `ownerId` exists.
    bool ownerExists(ListField field, qint64 ownerId) const;
    /// The list, sorted (case-insensitively).
    QStringList list(ListField field, qint64 ownerId) const;
    /// Replaces the list with `wanted` when it is still `expected` (in any order); one audit row.
    /// Mentor categories also rewrite mentors.categories, joined by ", ", so text and rows agree.
    bool replaceList(ListField field, qint64 ownerId, const QStringList& expected, const QStringList& wanted);

    SkillLevels skills(qint64 mentorId) const;
    /// Replaces the mentor's skills when they are still `expected`; one audit row.
    bool replaceSkills(qint64 mentorId, const SkillLevels& expected, const SkillLevels& wanted);

    /// The mentor's disclosures, oldest declaration first.
    QVector<Disclosure> disclosures(qint64 mentorId) const;
    /// The disclosure with `id`; a default one (id 0) when there is none.
    Disclosure disclosure(qint64 id) const;
    /// Stores `disclosure` (under its id when non-zero, so a redo keeps identities); returns the id
    /// or 0. One audit row on the mentor.
    qint64 addDisclosure(const Disclosure& disclosure);
    /// Removes the disclosure when it is still exactly `expected`; one audit row on the mentor.
    bool removeDisclosure(const Disclosure& expected);

    /// The row id of the seller whose seller ID is `externalId` (case-insensitively), or 0.
    qint64 sellerByExternalId(const QString& externalId) const;
    /// Every category the program knows (sellers', mentors', cohorts' focus, related pairs), sorted.
    QStringList knownCategories() const;

    QVector<CategoryPair> relatedCategories() const;
    bool hasRelatedPair(const CategoryPair& pair) const;
    /// Adds (or removes) the pair, refused when it is already there (or no longer there).
    bool addRelatedPair(const CategoryPair& pair);
    bool removeRelatedPair(const CategoryPair& pair);

    QString errorString() const { return m_error; }

    /// How a list and skills are written into the audit log: "a, b" and "pricing 4, …".
    static QString auditText(const QStringList& values);
    static QString auditText(const SkillLevels& skills);

private:
    bool fail(const QString& message);
    bool failDatabase(const QString& databaseText);
    bool exec(const QString& sql, const QVariantList& values);
    bool touchOwner(EntityKind owner, qint64 ownerId);
    bool writeRelatedPair(const CategoryPair& pair, bool adding);

    RecordRepository& m_records;
    QString m_error;
};

} // namespace mentordesk
