// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/MatchRulesFile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace mentordesk::matching {

namespace {

constexpr int kMaximumWeight = 10;
constexpr int kMaximumSharePercent = 100;
/// Bonuses and the minimum stay far below what would overflow a score (the factors give at most
/// 1,200 points), yet far above any sensible setting.
constexpr int kMaximumPoints = 100000;
/// No mentor has more places than the schema's capacity of 50.
constexpr int kMaximumPerCohort = 50;

/// Reads one key of the file, remembering the first problem as a sentence naming the key.
class RulesReader {
public:
    explicit RulesReader(QString* error)
        : m_error(error)
    {
    }

    bool failed() const { return m_failed; }

    void fail(const QString& sentence)
    {
        if (m_failed)
            return;
        m_failed = true;
        if (m_error)
            *m_error = sentence;
    }

    /// Keys the object has that the format does not know.
    void refuseUnknown(const QJsonObject& object, const QStringList& known, const QString& where)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (known.contains(it.key()))
                continue;
            fail(QCoreApplication::translate("MatchRulesFile",
                                             "The weights file has an unknown key “%1”: check its spelling against the "
                                             "documentation.")
                     .arg(where.isEmpty() ? it.key() : QStringLiteral("%1.%2").arg(where, it.key())));
        }
    }

    void readInteger(const QJsonObject& object, const QString& key, const QString& path, int minimum, int maximum,
                     int& target)
    {
        if (!object.contains(key))
            return;
        const QJsonValue value = object.value(key);
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || std::abs(number) > std::numeric_limits<int>::max()) {
            fail(QCoreApplication::translate("MatchRulesFile", "In the weights file, “%1” must be a whole number.")
                     .arg(path));
            return;
        }
        if (number < minimum || number > maximum) {
            fail(QCoreApplication::translate("MatchRulesFile",
                                             "In the weights file, “%1” is %2; it must be from %3 to %4.")
                     .arg(path)
                     .arg(number)
                     .arg(minimum)
                     .arg(maximum));
            return;
        }
        target = static_cast<int>(number);
    }

    void readBool(const QJsonObject& object, const QString& key, const QString& path, bool& target)
    {
        if (!object.contains(key))
            return;
        const QJsonValue value = object.value(key);
        if (!value.isBool()) {
            fail(QCoreApplication::translate("MatchRulesFile", "In the weights file, “%1” must be true or false.")
                     .arg(path));
            return;
        }
        target = value.toBool();
    }

    /// The object under key, or an empty one when absent (a failure when it is not an object).
    QJsonObject object(const QJsonObject& parent, const QString& key)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isUndefined() && !value.isObject())
            fail(QCoreApplication::translate("MatchRulesFile", "In the weights file, “%1” must be an object ({ … }).")
                     .arg(key));
        return value.toObject();
    }

private:
    QString* m_error;
    bool m_failed = false;
};

const QString kFactors = QStringLiteral("factors");
const QString kWeight = QStringLiteral("weight");
const QString kMust = QStringLiteral("must");
const QString kHighPotentialBonus = QStringLiteral("high_potential_bonus");
const QString kStabilityBonus = QStringLiteral("stability_bonus");
const QString kMinimumScore = QStringLiteral("minimum_score");
const QString kFairness = QStringLiteral("fairness");
const QString kRotation = QStringLiteral("rotation");
const QString kMaxMenteesPerCohort = QStringLiteral("max_mentees_per_cohort");
const QString kMaxSharePercent = QStringLiteral("max_share_percent");

void readFactors(RulesReader& reader, const QJsonObject& factors, MatchRules& rules)
{
    for (auto it = factors.constBegin(); it != factors.constEnd() && !reader.failed(); ++it) {
        const QString path = QStringLiteral("%1.%2").arg(kFactors, it.key());
        const std::optional<Factor> factor = factorFromKey(it.key());
        if (!factor) {
            reader.fail(QCoreApplication::translate(
                            "MatchRulesFile",
                            "The weights file names an unknown factor “%1”: check its spelling against the "
                            "documentation.")
                            .arg(path));
            return;
        }
        if (!it.value().isObject()) {
            reader.fail(
                QCoreApplication::translate("MatchRulesFile", "In the weights file, “%1” must be an object ({ … }).")
                    .arg(path));
            return;
        }
        const QJsonObject entry = it.value().toObject();
        reader.refuseUnknown(entry, {kWeight, kMust}, path);
        FactorRule& rule = rules.rule(*factor);
        reader.readInteger(entry, kWeight, QStringLiteral("%1.%2").arg(path, kWeight), 0, kMaximumWeight, rule.weight);
        reader.readBool(entry, kMust, QStringLiteral("%1.%2").arg(path, kMust), rule.must);
    }
}

void readRotation(RulesReader& reader, const QJsonObject& rotation, MatchRules& rules)
{
    reader.refuseUnknown(rotation, {kMaxMenteesPerCohort, kMaxSharePercent}, kRotation);
    const auto path = [](const QString& key) { return QStringLiteral("%1.%2").arg(kRotation, key); };
    reader.readInteger(rotation, kMaxMenteesPerCohort, path(kMaxMenteesPerCohort), 0, kMaximumPerCohort,
                       rules.maxMenteesPerCohort);
    reader.readInteger(rotation, kMaxSharePercent, path(kMaxSharePercent), 0, kMaximumSharePercent,
                       rules.maxSharePercent);
}

} // namespace

std::optional<MatchRules> MatchRulesFile::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error =
                QCoreApplication::translate("MatchRulesFile", "The weights file is not valid JSON: %1 at character %2.")
                    .arg(parseError.errorString())
                    .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error =
                QCoreApplication::translate("MatchRulesFile", "The weights file must hold one JSON object ({ … }).");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    RulesReader reader(error);
    MatchRules rules = MatchRules::defaults();
    reader.refuseUnknown(root, {kFactors, kHighPotentialBonus, kStabilityBonus, kMinimumScore, kFairness, kRotation},
                         QString());
    readFactors(reader, reader.object(root, kFactors), rules);
    reader.readInteger(root, kHighPotentialBonus, kHighPotentialBonus, 0, kMaximumPoints, rules.highPotentialBonus);
    reader.readInteger(root, kStabilityBonus, kStabilityBonus, 0, kMaximumPoints, rules.stabilityBonus);
    reader.readInteger(root, kMinimumScore, kMinimumScore, 0, kMaximumPoints, rules.minimumScore);
    reader.readBool(root, kFairness, kFairness, rules.fairness);
    readRotation(reader, reader.object(root, kRotation), rules);
    if (reader.failed())
        return std::nullopt;
    return rules;
}

QByteArray MatchRulesFile::toJson(const MatchRules& rules)
{
    QJsonObject factors;
    for (Factor factor : allFactors()) {
        const FactorRule& rule = rules.rule(factor);
        factors.insert(factorKey(factor), QJsonObject{{kWeight, rule.weight}, {kMust, rule.must}});
    }
    const QJsonObject rotation{{kMaxMenteesPerCohort, rules.maxMenteesPerCohort},
                               {kMaxSharePercent, rules.maxSharePercent}};
    const QJsonObject root{{kFactors, factors},
                           {kHighPotentialBonus, rules.highPotentialBonus},
                           {kStabilityBonus, rules.stabilityBonus},
                           {kMinimumScore, rules.minimumScore},
                           {kFairness, rules.fairness},
                           {kRotation, rotation}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace mentordesk::matching
