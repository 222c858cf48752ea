// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchProblem.h"

#include <QString>

#include <QStringList>

namespace mentordesk::bench {

/// A matching problem of any size in memory, with the spread of a real program: forty
/// categories (a few related), four channels, twelve languages (most people speak English and
/// one other), twenty time zones around the world, skills, pain points and a few disclosures.
/// Fixed seed: the same sizes give the same problem, and so the same matching.
matching::MatchProblem syntheticMatchProblem(int menteeCount, int mentorCount, int capacity, unsigned seed = 20261207);

/// Writes the problem's people into a new program file at `path`: enrolled sellers without a
/// pairing and active mentors (capacity = their free places) with skills, languages, channels and
/// categories, so that MatchProblemLoader reads the same problem back. For the benchmark and the
/// tests that need a program of a given size.
bool writeSyntheticProgram(const QString& path, const matching::MatchProblem& problem, QString* error);

} // namespace mentordesk::bench
