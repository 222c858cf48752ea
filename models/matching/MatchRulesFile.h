// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchRules.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace mentordesk::matching {

/// The weights file (docs/matching.md, "Weights file"): a JSON object with the factors' weights
/// and musts, the bonuses, the minimum score, fairness and the rotation limits. Presets stored in
/// the program and the parameters of a match run use the same text.
class MatchRulesFile {
public:
    /// Reads a weights file; keys left out keep their default. Unknown keys, a weight outside
    /// 0–10 or a value of the wrong type fail with a sentence naming the key (error set).
    static std::optional<MatchRules> fromJson(const QByteArray& json, QString* error);
    static QByteArray toJson(const MatchRules& rules);
};

} // namespace mentordesk::matching
